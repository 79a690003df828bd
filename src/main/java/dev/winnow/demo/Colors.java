package dev.winnow.demo;

import java.awt.Color;
import java.util.Random;

final class Colors {
    private Colors() {
    }

    static Color hsb(double h, double s, double b) {
        return Color.getHSBColor((float) (h - Math.floor(h)), (float) clamp01(s), (float) clamp01(b));
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                clamp255(a.getRed() + (b.getRed() - a.getRed()) * t),
                clamp255(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                clamp255(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** Darker (f below 1) or lighter (f above 1) in value. */
    static Color shade(Color c, double f) {
        return f <= 1 ? mix(Color.BLACK, c, f) : mix(c, Color.WHITE, Math.min(1, f - 1));
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), clamp255(a * 255));
    }

    static Color jitter(Color c, Random r, int amount) {
        return new Color(
                clamp255(c.getRed() + r.nextInt(2 * amount + 1) - amount),
                clamp255(c.getGreen() + r.nextInt(2 * amount + 1) - amount),
                clamp255(c.getBlue() + r.nextInt(2 * amount + 1) - amount));
    }

    static int clamp255(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v);
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
