package dev.winnow.common;

import java.util.Locale;

/**
 * A crop rectangle normalized to its image: (x1, y1) top-left and (x2, y2) bottom-right, each in [0, 1].
 * Normalized so that boxes from images of different sizes (and from logs in pixels) can be compared.
 */
public record CropBox(double x1, double y1, double x2, double y2) {
    public static final CropBox FULL = new CropBox(0, 0, 1, 1);

    public CropBox {
        if (!(Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2))) {
            throw new IllegalArgumentException("crop box has a non-finite coordinate");
        }
        if (x2 <= x1 || y2 <= y1) throw new IllegalArgumentException(String.format(Locale.ROOT,
                "crop box must have x2 > x1 and y2 > y1, got (%.4f, %.4f, %.4f, %.4f)", x1, y1, x2, y2));
    }

    /** From pixel coordinates of an image of the given size. */
    public static CropBox fromPixels(double x1, double y1, double x2, double y2, int width, int height) {
        return new CropBox(x1 / width, y1 / height, x2 / width, y2 / height);
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return width() * height();
    }

    public double centerX() {
        return (x1 + x2) / 2;
    }

    public double centerY() {
        return (y1 + y2) / 2;
    }

    /** True when every coordinate lies in [0, 1] (with a little slack for rounding). */
    public boolean insideUnit(double slack) {
        return x1 >= -slack && y1 >= -slack && x2 <= 1 + slack && y2 <= 1 + slack;
    }

    public boolean isNearFull(double eps) {
        return x1 <= eps && y1 <= eps && x2 >= 1 - eps && y2 >= 1 - eps;
    }

    public CropBox clampToUnit() {
        return new CropBox(Math.max(0, x1), Math.max(0, y1), Math.min(1, x2), Math.min(1, y2));
    }

    public double iou(CropBox o) {
        double ix = Math.max(0, Math.min(x2, o.x2) - Math.max(x1, o.x1));
        double iy = Math.max(0, Math.min(y2, o.y2) - Math.max(y1, o.y1));
        double inter = ix * iy;
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** Largest absolute difference over the four coordinates. */
    public double maxCoordinateError(CropBox o) {
        return Math.max(Math.max(Math.abs(x1 - o.x1), Math.abs(y1 - o.y1)), Math.max(Math.abs(x2 - o.x2), Math.abs(y2 - o.y2)));
    }

    /** Integer pixel rectangle {x, y, w, h} inside a width x height image. */
    public int[] toPixels(int width, int height) {
        int px1 = (int) Math.round(x1 * width), py1 = (int) Math.round(y1 * height);
        int px2 = (int) Math.round(x2 * width), py2 = (int) Math.round(y2 * height);
        px1 = Math.max(0, Math.min(width - 1, px1));
        py1 = Math.max(0, Math.min(height - 1, py1));
        px2 = Math.max(px1 + 1, Math.min(width, px2));
        py2 = Math.max(py1 + 1, Math.min(height, py2));
        return new int[] {px1, py1, px2 - px1, py2 - py1};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%.3f, %.3f, %.3f, %.3f)", x1, y1, x2, y2);
    }
}
