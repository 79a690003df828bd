package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;
import static dev.winnow.demo.Seeds.chance;

import dev.winnow.demo.SetPlan.CropBox;
import java.util.Random;

/**
 * Where a curator with a given habit crops a kept image: the box keeps the image's aspect ratio, follows the
 * subject (head position, figure size) and jitters per set; about 8% of crops are (near) the full frame.
 */
final class CropPlanner {
    static final double NEAR_FULL_RATE = 0.08;

    private CropPlanner() {
    }

    static CropBox plan(CropHabit habit, FigureGeometry geo, int w, int h, Random r) {
        double k;
        double x1;
        double y1;
        if (chance(r, NEAR_FULL_RATE)) {
            k = between(r, 0.92, 0.99);
            x1 = r.nextDouble() * (1 - k);
            y1 = r.nextDouble() * (1 - k);
        } else {
            double headX = geo.x(0);
            switch (habit) {
                case TIGHT_UPPER_BODY -> {
                    double top = geo.headTop() - between(r, 0.01, 0.05);
                    k = clamp(geo.y(between(r, 3.6, 5.4)) - top, 0.3, 0.75);
                    x1 = headX + between(r, -0.04, 0.04) - k / 2;
                    y1 = top;
                }
                case LOOSE_SUBJECT -> {
                    NormBox body = geo.body().clampToImage();
                    double top = Math.max(0, geo.headTop() - between(r, 0.0, 0.05));
                    double bottom = Math.min(1, geo.y(between(r, 9, 13)));
                    k = clamp((bottom - top) * between(r, 1.02, 1.15), 0.55, 0.97);
                    x1 = (body.x1() + body.x2()) / 2 + between(r, -0.03, 0.03) - k / 2;
                    y1 = (top + bottom) / 2 - k / 2;
                }
                case TOP_ANCHORED_THIRDS -> {
                    k = clamp(0.755 + (geo.unitY() - 0.068) * 2.5 + between(r, -0.06, 0.06), 0.55, 0.92);
                    double t = chance(r, 0.6) ? 0.5 : headX < 0.5 ? 1 / 3.0 : 2 / 3.0;
                    x1 = headX - t * k + between(r, -0.02, 0.02);
                    y1 = chance(r, 0.85) ? 0 : between(r, 0, 0.04);
                }
                default -> throw new IllegalStateException("unknown habit " + habit);
            }
        }
        return toPixels(k, x1, y1, w, h);
    }

    /** The integer box nearest to scale k at (x1, y1) whose aspect matches the image's best. */
    static CropBox toPixels(double k, double x1, double y1, int w, int h) {
        double aspect = (double) w / h;
        int ch0 = (int) Math.round(k * h);
        int bestH = -1;
        int bestW = -1;
        double bestErr = Double.MAX_VALUE;
        for (int ch = ch0 - 3; ch <= ch0 + 3; ch++) {
            int cw = (int) Math.round(ch * aspect);
            if (ch < 8 || cw < 8 || ch > h || cw > w) continue;
            double err = Math.abs((double) cw / ch / aspect - 1) + Math.abs(ch - ch0) * 1e-6;
            if (err < bestErr) {
                bestErr = err;
                bestH = ch;
                bestW = cw;
            }
        }
        if (bestH < 0) return new CropBox(0, 0, w, h);
        int px = (int) clamp(Math.round(x1 * w), 0, w - bestW);
        int py = (int) clamp(Math.round(y1 * h), 0, h - bestH);
        return new CropBox(px, py, px + bestW, py + bestH);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
