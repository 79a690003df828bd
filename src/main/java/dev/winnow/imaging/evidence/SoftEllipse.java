package dev.winnow.imaging.evidence;

import dev.winnow.common.CropBox;

/**
 * A soft elliptical mask in pixel coordinates (pixel centres at integers): weight strength * clamp((1 - d^2) /
 * feather, 0, 1), where d is the normalized elliptical distance from the centre; zero outside the ellipse.
 */
record SoftEllipse(double cx, double cy, double rx, double ry, double feather, double strength) {

    /** Normalized squared distance from the centre: 1 on the ellipse's edge. */
    double distance2(int x, int y) {
        double dx = (x - cx) / rx, dy = (y - cy) / ry;
        return dx * dx + dy * dy;
    }

    float weight(int x, int y) {
        double t = (1 - distance2(x, y)) / feather;
        return (float) (strength * Math.max(0, Math.min(1, t)));
    }

    int x0(int width) {
        return Math.max(0, (int) Math.floor(cx - rx));
    }

    int x1(int width) {
        return Math.min(width, (int) Math.ceil(cx + rx) + 1);
    }

    int y0(int height) {
        return Math.max(0, (int) Math.floor(cy - ry));
    }

    int y1(int height) {
        return Math.min(height, (int) Math.ceil(cy + ry) + 1);
    }

    /** The ellipse's bounding box as a share of the image, clipped to it. */
    CropBox box(int width, int height) {
        return new CropBox(Math.max(0, (cx - rx) / width), Math.max(0, (cy - ry) / height),
                Math.min(1, (cx + rx) / width), Math.min(1, (cy + ry) / height));
    }
}
