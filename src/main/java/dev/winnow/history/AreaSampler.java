package dev.winnow.history;

import dev.winnow.imaging.GrayImage;

/**
 * Exact area resampling of a luma image: any rectangle (sub-pixel position and size) to any grid, each output
 * pixel the mean of the source area it covers. A summed-area table makes each output pixel cost the same
 * whatever the scale, and the integral of a pixel grid is exactly bilinear between table entries, so sub-pixel
 * rectangles need no approximation. This is what lets the matcher compare an image region with a final at the
 * final's own resolution, whatever the resize factor.
 */
final class AreaSampler {
    private final int width;
    private final int height;
    private final double[] sat;

    AreaSampler(GrayImage img) {
        this.width = img.width();
        this.height = img.height();
        int stride = width + 1;
        this.sat = new double[stride * (height + 1)];
        float[] px = img.pixels();
        for (int y = 0; y < height; y++) {
            double run = 0;
            int src = y * width, above = y * stride, row = above + stride;
            for (int x = 0; x < width; x++) {
                run += px[src + x];
                sat[row + x + 1] = sat[above + x + 1] + run;
            }
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The whole image on a gw x gh grid. */
    float[] all(int gw, int gh) {
        return sample(0, 0, width, height, gw, gh);
    }

    /** Means of the gw x gh cells of the rectangle (x, y, w, h); the rectangle is clipped to the image. */
    float[] sample(double x, double y, double w, double h, int gw, int gh) {
        float[] out = new float[gw * gh];
        int[] ix = new int[gw + 1];
        double[] fx = new double[gw + 1];
        double cw = w / gw, ch = h / gh;
        for (int i = 0; i <= gw; i++) {
            double xe = clamp(x + i * cw, width);
            ix[i] = Math.min((int) xe, width - 1);
            fx[i] = xe - ix[i];
        }
        double inv = 1.0 / (cw * ch);
        double[] prev = new double[gw + 1], cur = new double[gw + 1];
        edgeRow(clamp(y, height), ix, fx, prev);
        for (int j = 1; j <= gh; j++) {
            edgeRow(clamp(y + j * ch, height), ix, fx, cur);
            int o = (j - 1) * gw;
            for (int i = 0; i < gw; i++) out[o + i] = (float) ((cur[i + 1] - cur[i] - prev[i + 1] + prev[i]) * inv);
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return out;
    }

    /** The integral from the origin to (xe, ye) for every x edge, at one y edge. */
    private void edgeRow(double ye, int[] ix, double[] fx, double[] out) {
        int stride = width + 1;
        int iy = Math.min((int) ye, height - 1);
        double fy = ye - iy;
        int r0 = iy * stride, r1 = r0 + stride;
        for (int i = 0; i < ix.length; i++) {
            int a = r0 + ix[i], b = r1 + ix[i];
            double top = sat[a] + fx[i] * (sat[a + 1] - sat[a]);
            double bottom = sat[b] + fx[i] * (sat[b + 1] - sat[b]);
            out[i] = top + fy * (bottom - top);
        }
    }

    private static double clamp(double v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }
}
