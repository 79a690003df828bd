package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named whole-image statistics stored with the content (and shown by the reviewer): colour means, brightness,
 * contrast, saturation, colourfulness (Hasler and Suesstrunk 2003), sharpness (Laplacian variance), edge
 * density and clipping. Computed on the working copy, so sharpness values compare across images of any size.
 */
public final class PixelStats {
    static final float EDGE_THRESHOLD = 0.08f;

    private PixelStats() {
    }

    /** The statistics of a working copy, and its luma, which the statistics read anyway. */
    public record Measured(GrayImage gray, Map<String, Double> stats) {
    }

    /**
     * Three passes over the working copy: colour sums with the luma written on the way (the same values as
     * {@link GrayImage#of}), the luma's spread, and gradient and Laplacian together. Sums run in the same order as
     * the separate measures in {@link GrayStats}, so the numbers are theirs exactly.
     */
    public static Measured measure(BufferedImage working) {
        int[] rgb = RgbImages.pixels(working);
        int n = rgb.length, w = working.getWidth(), h = working.getHeight();
        float[] luma = new float[n];
        // Channel sums and the opponent channels in exact integer arithmetic (yb2 is twice yellow-blue).
        long r = 0, g = 0, b = 0, rgS = 0, rgS2 = 0, yb2S = 0, yb2S2 = 0, dark = 0, bright = 0;
        double sat = 0, lumaSum = 0;
        for (int i = 0; i < n; i++) {
            int p = rgb[i];
            int ri = (p >> 16) & 0xff, gi = (p >> 8) & 0xff, bi = p & 0xff;
            float l = (0.299f * ri + 0.587f * gi + 0.114f * bi) / 255f;
            luma[i] = l;
            lumaSum += l;
            r += ri;
            g += gi;
            b += bi;
            int max = Math.max(ri, Math.max(gi, bi)), min = Math.min(ri, Math.min(gi, bi));
            sat += (max - min) * Reciprocals.OF[max];
            int rg = ri - gi, yb2 = ri + gi - 2 * bi;
            rgS += rg;
            rgS2 += rg * rg;
            yb2S += yb2;
            yb2S2 += yb2 * yb2;
            if (max < 6) dark++;
            if (min > 249) bright++;
        }
        GrayImage gray = new GrayImage(w, h, luma);
        double rgM = (double) rgS / n, ybM = yb2S / 2.0 / n;
        double rgSd = Math.sqrt(Math.max(0, (double) rgS2 / n - rgM * rgM));
        double ybSd = Math.sqrt(Math.max(0, yb2S2 / 4.0 / n - ybM * ybM));
        double colourfulness = (Math.sqrt(rgSd * rgSd + ybSd * ybSd) + 0.3 * Math.sqrt(rgM * rgM + ybM * ybM)) / 255.0;
        double lumaMean = lumaSum / n;
        Neighbours nb = Neighbours.of(gray);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_r", (double) r / n / 255);
        m.put("mean_g", (double) g / n / 255);
        m.put("mean_b", (double) b / n / 255);
        m.put("luma_mean", lumaMean);
        m.put("luma_std", GrayStats.std(gray.pixels(), lumaMean));
        m.put("saturation", sat / n);
        m.put("colourfulness", colourfulness);
        m.put("sharpness", nb.laplacianVariance());
        m.put("gradient_mean", nb.gradientSum() / n);
        m.put("edge_density", (double) nb.edges() / n);
        m.put("clipped_dark", (double) dark / n);
        m.put("clipped_bright", (double) bright / n);
        return new Measured(gray, m);
    }

    /** Gradient magnitudes (central differences) and the 4-neighbour Laplacian over the interior, in one pass. */
    private record Neighbours(double gradientSum, long edges, double laplacianVariance) {
        static Neighbours of(GrayImage g) {
            int w = g.width(), h = g.height();
            float[] p = g.pixels();
            double grad = 0, s = 0, s2 = 0;
            long edges = 0;
            for (int y = 1; y < h - 1; y++) {
                int row = y * w;
                for (int x = 1; x < w - 1; x++) {
                    int i = row + x;
                    float gx = (p[i + 1] - p[i - 1]) * 0.5f, gy = (p[i + w] - p[i - w]) * 0.5f;
                    float m = (float) Math.sqrt(gx * gx + gy * gy);
                    grad += m;
                    if (m > EDGE_THRESHOLD) edges++;
                    double lap = p[i - 1] + p[i + 1] + p[i - w] + p[i + w] - 4 * p[i];
                    s += lap;
                    s2 += lap * lap;
                }
            }
            if (w < 3 || h < 3) return new Neighbours(grad, edges, 0);
            long n = (long) (w - 2) * (h - 2);
            double mean = s / n;
            return new Neighbours(grad, edges, Math.max(0, s2 / n - mean * mean));
        }
    }
}
