package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** A luma image with values in [0, 1], row-major; the working format for matching and structural comparison. */
public record GrayImage(int width, int height, float[] pixels) {
    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("gray image " + width + "x" + height + " with " + pixels.length + " pixels");
        }
    }

    /** Rec. 601 luma of an RGB image. */
    public static GrayImage of(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        float[] out = new float[w * h];
        if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt db
                && db.getNumBanks() == 1 && img.getRaster().getSampleModelTranslateX() == 0) {
            int[] rgb = db.getData();
            for (int i = 0; i < out.length; i++) out[i] = luma(rgb[i]);
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) out[y * w + x] = luma(row[x]);
            }
        }
        return new GrayImage(w, h, out);
    }

    private static float luma(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
    }

    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    /**
     * Resizes by area averaging (each output pixel is the mean of the source area it covers), which is what
     * downscaling for matching needs: no aliasing, and exact for integer factors.
     */
    public GrayImage resize(int newW, int newH) {
        if (newW == width && newH == height) return this;
        float[] out = new float[newW * newH];
        double sx = (double) width / newW, sy = (double) height / newH;
        for (int oy = 0; oy < newH; oy++) {
            double y0 = oy * sy, y1 = y0 + sy;
            for (int ox = 0; ox < newW; ox++) {
                double x0 = ox * sx, x1 = x0 + sx;
                out[oy * newW + ox] = (float) areaMean(x0, y0, x1, y1);
            }
        }
        return new GrayImage(newW, newH, out);
    }

    private double areaMean(double x0, double y0, double x1, double y1) {
        double sum = 0, weight = 0;
        int yStart = (int) Math.floor(y0), yEnd = Math.min(height, (int) Math.ceil(y1));
        int xStart = (int) Math.floor(x0), xEnd = Math.min(width, (int) Math.ceil(x1));
        for (int y = yStart; y < yEnd; y++) {
            double wy = Math.min(y + 1, y1) - Math.max(y, y0);
            if (wy <= 0) continue;
            int base = y * width;
            for (int x = xStart; x < xEnd; x++) {
                double wx = Math.min(x + 1, x1) - Math.max(x, x0);
                if (wx <= 0) continue;
                double w = wx * wy;
                sum += pixels[base + x] * w;
                weight += w;
            }
        }
        return weight == 0 ? 0 : sum / weight;
    }

    public GrayImage crop(int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
            throw new IllegalArgumentException("crop " + x + "," + y + " " + w + "x" + h + " outside " + width + "x" + height);
        }
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) System.arraycopy(pixels, (y + r) * width + x, out, r * w, w);
        return new GrayImage(w, h, out);
    }
}
