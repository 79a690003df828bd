package dev.winnow.history;

import dev.winnow.common.CropBox;

/**
 * Where a final sits inside an image: the rectangle (x, y, w, h) in that image's pixels, the normalized
 * cross-correlation at the finest comparison, and the best score of a different place (0 when there is none), so
 * a caller can tell a clear match from an ambiguous one.
 */
record CropFit(double x, double y, double w, double h, double score, double runnerUp) {

    CropBox box(int width, int height) {
        return new CropBox(Math.max(0, x / width), Math.max(0, y / height), Math.min(1, (x + w) / width),
                Math.min(1, (y + h) / height));
    }

    CropFit withScore(double s) {
        return new CropFit(x, y, w, h, s, runnerUp);
    }

    double iou(CropFit o) {
        double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
        double inter = ix * iy;
        return inter / (w * h + o.w * o.h - inter);
    }
}
