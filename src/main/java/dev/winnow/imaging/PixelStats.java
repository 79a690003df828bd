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
        double r = 0, g = 0, b = 0, sat = 0, rgS = 0, rgS2 = 0, ybS = 0, ybS2 = 0;
        long dark = 0, bright = 0;
        for (int p : rgb) {
            int ri = (p >> 16) & 0xff, gi = (p >> 8) & 0xff, bi = p & 0xff;
            r += ri;
            g += gi;
            b += bi;
            int max = Math.max(ri, Math.max(gi, bi)), min = Math.min(ri, Math.min(gi, bi));
            sat += max == 0 ? 0 : (max - min) / (double) max;
            double rg = ri - gi, yb = 0.5 * (ri + gi) - bi;
            rgS += rg;
            rgS2 += rg * rg;
            ybS += yb;
            ybS2 += yb * yb;
            if (max < 6) dark++;
            if (min > 249) bright++;
        }
        double rgM = rgS / n, ybM = ybS / n;
        double rgSd = Math.sqrt(Math.max(0, rgS2 / n - rgM * rgM)), ybSd = Math.sqrt(Math.max(0, ybS2 / n - ybM * ybM));
        double colourfulness = (Math.sqrt(rgSd * rgSd + ybSd * ybSd) + 0.3 * Math.sqrt(rgM * rgM + ybM * ybM)) / 255.0;
        double lumaMean = GrayStats.mean(gray.pixels());
        float[] mag = GrayStats.gradientMagnitude(gray);
        long edges = 0;
        double magSum = 0;
        for (float m : mag) {
            magSum += m;
            if (m > EDGE_THRESHOLD) edges++;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_r", r / n / 255);
        m.put("mean_g", g / n / 255);
        m.put("mean_b", b / n / 255);
        m.put("luma_mean", lumaMean);
        m.put("luma_std", GrayStats.std(gray.pixels(), lumaMean));
        m.put("saturation", sat / n);
        m.put("colourfulness", colourfulness);
        m.put("sharpness", GrayStats.laplacianVariance(gray));
        m.put("gradient_mean", magSum / n);
        m.put("edge_density", (double) edges / n);
        m.put("clipped_dark", (double) dark / n);
        m.put("clipped_bright", (double) bright / n);
        return m;
    }
}
