package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;

/**
 * A crop that keeps the image's aspect ratio has equal normalized width and height, so it is fully described by
 * its centre and one side length. Boxes are clipped into the image by shrinking and then shifting, never by
 * cutting one edge (which would change the aspect).
 */
public final class CropGeometry {
    static final double MIN_SIDE = 0.05;

    private CropGeometry() {
    }

    public static CropBox box(double cx, double cy, double side) {
        double s = Math.max(MIN_SIDE, Math.min(1, side));
        double x = clamp(cx, s / 2, 1 - s / 2), y = clamp(cy, s / 2, 1 - s / 2);
        return new CropBox(x - s / 2, y - s / 2, x + s / 2, y + s / 2).clampToUnit();
    }

    /** The side of the aspect-keeping box with the same area. */
    static double side(CropBox b) {
        return Math.sqrt(b.area());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
