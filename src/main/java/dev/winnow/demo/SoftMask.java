package dev.winnow.demo;

import java.util.Random;

/**
 * An irregular blob that fills most of a rectangle and fades to exactly zero well inside its edges, so a
 * masked change never has a rectangular outline and never leaves the rectangle.
 */
final class SoftMask {
    private final int w;
    private final int h;
    private final float[] values;

    SoftMask(int w, int h, long seed) {
        this.w = w;
        this.h = h;
        this.values = new float[w * h];
        Random r = new Random(seed);
        double p1 = r.nextDouble() * 2 * Math.PI;
        double p2 = r.nextDouble() * 2 * Math.PI;
        double a1 = Seeds.between(r, 0.04, 0.1);
        double a2 = Seeds.between(r, 0.03, 0.07);
        for (int y = 0; y < h; y++) {
            double dy = (y + 0.5) / h * 2 - 1;
            for (int x = 0; x < w; x++) {
                double dx = (x + 0.5) / w * 2 - 1;
                double d = Math.sqrt(dx * dx + dy * dy);
                double theta = Math.atan2(dy, dx);
                double edge = 0.8 + a1 * Math.sin(3 * theta + p1) + a2 * Math.sin(5 * theta + p2);
                double t = Colors.clamp01((edge - d) / 0.3);
                values[y * w + x] = (float) (t * t * (3 - 2 * t));
            }
        }
    }

    /** Mask value at (x, y) relative to the rectangle's corner. */
    float at(int x, int y) {
        return values[y * w + x];
    }

    int width() {
        return w;
    }

    int height() {
        return h;
    }
}
