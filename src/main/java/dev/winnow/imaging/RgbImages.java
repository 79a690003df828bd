package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** TYPE_INT_RGB images as plain int arrays: wrapping without copying, and area-average downscaling. */
public final class RgbImages {
    private static final DirectColorModel RGB = new DirectColorModel(24, 0xff0000, 0x00ff00, 0x0000ff);

    private RgbImages() {
    }

    /** A TYPE_INT_RGB image backed by the given array (0xRRGGBB, row-major), no copy. */
    public static BufferedImage wrap(int width, int height, int[] rgb) {
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(rgb, rgb.length), width, height, width,
                RGB.getMasks(), null);
        return new BufferedImage(RGB, raster, false, null);
    }

    /** The packed pixels of an image, without copying when it is a plain TYPE_INT_RGB image. */
    public static int[] pixels(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt db
                && db.getNumBanks() == 1 && db.getSize() == img.getWidth() * img.getHeight()
                && img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0) {
            return db.getData();
        }
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /**
     * Scales down so the long side is at most {@code maxSide}; returns the image itself when already small enough.
     * Halves with exact 2x2 means while the image is at least twice the target (cheap integer work on the big
     * raster), then area-averages the rest of the way.
     */
    public static BufferedImage fitWithin(BufferedImage img, int maxSide) {
        int w = img.getWidth(), h = img.getHeight();
        int longSide = Math.max(w, h);
        if (longSide <= maxSide) return img;
        double scale = (double) maxSide / longSide;
        int tw = Math.max(1, (int) Math.round(w * scale)), th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage cur = img;
        while (cur.getWidth() >= 2 * tw && cur.getHeight() >= 2 * th) cur = halve(cur);
        return resize(cur, tw, th);
    }

    /** Exact 2x2 mean (an odd last row or column is dropped, a sub-pixel shift that thumbnails do not show). */
    static BufferedImage halve(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight(), hw = w / 2, hh = h / 2;
        int[] src = pixels(img);
        int[] out = new int[hw * hh];
        for (int y = 0; y < hh; y++) {
            int r0 = 2 * y * w, r1 = r0 + w, o = y * hw;
            for (int x = 0; x < hw; x++) {
                int a = src[r0 + 2 * x], b = src[r0 + 2 * x + 1], c = src[r1 + 2 * x], d = src[r1 + 2 * x + 1];
                // Red and blue are summed together in one int (8 spare bits between them), green on its own.
                int rb = (a & 0xff00ff) + (b & 0xff00ff) + (c & 0xff00ff) + (d & 0xff00ff) + 0x020002;
                int g = (a & 0xff00) + (b & 0xff00) + (c & 0xff00) + (d & 0xff00) + 0x0200;
                out[o + x] = ((rb >> 2) & 0xff00ff) | ((g >> 2) & 0xff00);
            }
        }
        return wrap(hw, hh, out);
    }

    /**
     * Area-average downscale (each output pixel is the mean of the source area it covers): no aliasing and no
     * ringing, which matters for thumbnails and for comparing stages at a common size. Separable: rows first,
     * then columns, on float accumulators.
     */
    public static BufferedImage resize(BufferedImage img, int newW, int newH) {
        int w = img.getWidth(), h = img.getHeight();
        int[] src = pixels(img);
        AreaWeights xs = AreaWeights.of(w, newW), ys = AreaWeights.of(h, newH);
        float[] rows = new float[h * newW * 3];
        for (int y = 0; y < h; y++) {
            int srcBase = y * w, dstBase = y * newW * 3;
            for (int ox = 0; ox < newW; ox++) {
                float r = 0, g = 0, b = 0;
                for (int k = xs.start[ox], j = xs.offset[ox]; k < xs.end[ox]; k++, j++) {
                    int p = src[srcBase + k];
                    float wt = xs.weight[j];
                    r += ((p >> 16) & 0xff) * wt;
                    g += ((p >> 8) & 0xff) * wt;
                    b += (p & 0xff) * wt;
                }
                int d = dstBase + ox * 3;
                rows[d] = r;
                rows[d + 1] = g;
                rows[d + 2] = b;
            }
        }
        int[] out = new int[newW * newH];
        float[] acc = new float[newW * 3];
        for (int oy = 0; oy < newH; oy++) {
            java.util.Arrays.fill(acc, 0f);
            for (int k = ys.start[oy], j = ys.offset[oy]; k < ys.end[oy]; k++, j++) {
                float wt = ys.weight[j];
                int base = k * newW * 3;
                for (int i = 0; i < acc.length; i++) acc[i] += rows[base + i] * wt;
            }
            int o = oy * newW;
            for (int ox = 0; ox < newW; ox++) {
                out[o + ox] = clamp(acc[ox * 3]) << 16 | clamp(acc[ox * 3 + 1]) << 8 | clamp(acc[ox * 3 + 2]);
            }
        }
        return wrap(newW, newH, out);
    }

    private static int clamp(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : Math.min(255, i);
    }

    /** For each output index: the source range it covers and the normalized weight of each source sample. */
    static final class AreaWeights {
        final int[] start;
        final int[] end;
        final int[] offset;
        final float[] weight;

        private AreaWeights(int[] start, int[] end, int[] offset, float[] weight) {
            this.start = start;
            this.end = end;
            this.offset = offset;
            this.weight = weight;
        }

        static AreaWeights of(int srcLen, int dstLen) {
            double scale = (double) srcLen / dstLen;
            int[] start = new int[dstLen], end = new int[dstLen], offset = new int[dstLen];
            float[] weights = new float[srcLen + 2 * dstLen];
            int n = 0;
            for (int o = 0; o < dstLen; o++) {
                double a = o * scale, b = Math.min(srcLen, a + scale);
                start[o] = (int) Math.floor(a);
                end[o] = Math.min(srcLen, (int) Math.ceil(b));
                offset[o] = n;
                double total = b - a;
                for (int k = start[o]; k < end[o]; k++) {
                    double cover = Math.min(k + 1, b) - Math.max(k, a);
                    weights[n++] = (float) (Math.max(0, cover) / total);
                }
            }
            return new AreaWeights(start, end, offset, weights);
        }
    }
}
