package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** TYPE_INT_RGB images as plain int arrays: wrapping without copying, halving and area-average resizing. */
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
     * Gives exactly what a decoder feeding {@link ScaledRows} gives, so every path to a working copy agrees.
     */
    public static BufferedImage fitWithin(BufferedImage img, int maxSide) {
        int w = img.getWidth(), h = img.getHeight();
        if (Math.max(w, h) <= maxSide) return img;
        return feed(img, new ScaledRows(w, h, maxSide));
    }

    /** The size {@link #fitWithin} produces for a {@code w} x {@code h} image. */
    static int[] fittedSize(int w, int h, int maxSide) {
        int longSide = Math.max(w, h);
        if (longSide <= maxSide) return new int[] {w, h};
        double scale = (double) maxSide / longSide;
        return new int[] {Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale))};
    }

    /** Exact 2x2 mean (an odd last row or column is dropped, a sub-pixel shift that thumbnails do not show). */
    static BufferedImage halve(BufferedImage img) {
        int w = img.getWidth(), hw = w / 2, hh = img.getHeight() / 2;
        int[] src = pixels(img);
        int[] out = new int[hw * hh];
        for (int y = 0; y < hh; y++) Halver.halveRows(src, 2 * y * w, (2 * y + 1) * w, out, y * hw, hw);
        return wrap(hw, hh, out);
    }

    /** Area-average resize to any size (see {@link AreaResampler}). */
    public static BufferedImage resize(BufferedImage img, int newW, int newH) {
        return feed(img, new AreaResampler(img.getWidth(), img.getHeight(), newW, newH));
    }

    private static BufferedImage feed(BufferedImage img, RowSink.Collecting sink) {
        int w = img.getWidth();
        int[] src = pixels(img);
        for (int y = 0; y < img.getHeight(); y++) {
            System.arraycopy(src, y * w, sink.rowArray(), sink.rowOffset(), w);
            sink.rowDone();
        }
        return sink.image();
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
