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

    public static Map<String, Double> of(BufferedImage working, GrayImage gray) {
        int[] rgb = RgbImages.pixels(working);
        int n = rgb.length;
        // Channel sums and the opponent channels in exact integer arithmetic (yb2 is twice yellow-blue).
        long r = 0, g = 0, b = 0, rgS = 0, rgS2 = 0, yb2S = 0, yb2S2 = 0, dark = 0, bright = 0;
        double sat = 0;
        for (int p : rgb) {
            int ri = (p >> 16) & 0xff, gi = (p >> 8) & 0xff, bi = p & 0xff;
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
        double rgM = (double) rgS / n, ybM = yb2S / 2.0 / n;
        double rgSd = Math.sqrt(Math.max(0, (double) rgS2 / n - rgM * rgM));
        double ybSd = Math.sqrt(Math.max(0, yb2S2 / 4.0 / n - ybM * ybM));
        double colourfulness = (Math.sqrt(rgSd * rgSd + ybSd * ybSd) + 0.3 * Math.sqrt(rgM * rgM + ybM * ybM)) / 255.0;
        double lumaMean = GrayStats.mean(gray.pixels());
        GrayStats.Gradients grad = GrayStats.gradientSummary(gray, EDGE_THRESHOLD);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_r", (double) r / n / 255);
        m.put("mean_g", (double) g / n / 255);
        m.put("mean_b", (double) b / n / 255);
        m.put("luma_mean", lumaMean);
        m.put("luma_std", GrayStats.std(gray.pixels(), lumaMean));
        m.put("saturation", sat / n);
        m.put("colourfulness", colourfulness);
        m.put("sharpness", GrayStats.laplacianVariance(gray));
        m.put("gradient_mean", grad.magnitudeSum() / n);
        m.put("edge_density", (double) grad.above() / n);
        m.put("clipped_dark", (double) dark / n);
        m.put("clipped_bright", (double) bright / n);
        return m;
    }
}
