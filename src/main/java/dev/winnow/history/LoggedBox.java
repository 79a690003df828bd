package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crop rectangle as a log wrote it, in pixels or normalized, turned into a normalized box. Pixel boxes whose
 * image size the log does not give stay pending until the catalog knows the chosen file's size.
 */
record LoggedBox(String cropState, CropBox box, List<Double> pixels, boolean loggedNormalized) {
    /** Boxes within this of every edge mean "kept uncropped" (about 1-3 px on the user's image sizes). */
    static final double FULL_EPS = 0.002;
    /** Pixel coordinates may overshoot the image by rounding this much before a box counts as outside. */
    private static final double PIXEL_SLACK = 1.0;
    private static final double UNIT_SLACK = 1e-6;

    static final String UNCROPPED = "uncropped";
    static final String BOX = "box";
    static final String UNKNOWN = "unknown";

    /**
     * Reads a box. It is normalized when every coordinate is at most 1 and the image (when known) is larger than
     * 1 px; otherwise it is in pixels of a width x height image.
     */
    static LoggedBox read(double x1, double y1, double x2, double y2, Integer width, Integer height, boolean alwaysNormalized)
            throws RowRejected {
        if (x2 <= x1 || y2 <= y1) {
            throw new RowRejected("inverted-box", "x2 <= x1 or y2 <= y1: (" + x1 + ", " + y1 + ", " + x2 + ", " + y2 + ")");
        }
        if (x1 < 0 || y1 < 0) throw new RowRejected("box-outside-image", "negative coordinate: (" + x1 + ", " + y1 + ")");
        boolean sized = width != null && height != null;
        boolean normalized = alwaysNormalized
                || (Math.max(Math.max(x1, y1), Math.max(x2, y2)) <= 1.0 && (!sized || (width > 1 && height > 1)));
        if (normalized) {
            if (x2 > 1 + UNIT_SLACK || y2 > 1 + UNIT_SLACK) {
                throw new RowRejected("box-outside-image", "normalized box beyond 1: (" + x2 + ", " + y2 + ")");
            }
            List<Double> px = sized ? List.of(x1 * width, y1 * height, x2 * width, y2 * height) : null;
            return of(new CropBox(x1, y1, x2, y2).clampToUnit(), px, true);
        }
        List<Double> px = List.of(x1, y1, x2, y2);
        if (!sized) return new LoggedBox(UNKNOWN, null, px, false);
        return fromPixels(px, width, height);
    }

    /** Normalizes a pixel box once the image size is known. */
    static LoggedBox fromPixels(List<Double> px, int width, int height) throws RowRejected {
        if (px.get(2) > width + PIXEL_SLACK || px.get(3) > height + PIXEL_SLACK) {
            throw new RowRejected("box-outside-image", "box (" + px.get(0) + ", " + px.get(1) + ", " + px.get(2) + ", "
                    + px.get(3) + ") exceeds the " + width + "x" + height + " image");
        }
        CropBox b = CropBox.fromPixels(px.get(0), px.get(1), Math.min(px.get(2), width), Math.min(px.get(3), height), width, height);
        return of(b, px, false);
    }

    private static LoggedBox of(CropBox b, List<Double> px, boolean normalized) {
        if (b.isNearFull(FULL_EPS)) return new LoggedBox(UNCROPPED, CropBox.FULL, px, normalized);
        return new LoggedBox(BOX, b, px, normalized);
    }

    /** What the raw JSON keeps so the original values are never lost. */
    Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (pixels != null) m.put("pixelBox", pixels);
        m.put("loggedNormalized", loggedNormalized);
        return m;
    }
}
