package dev.winnow.embed;

import dev.winnow.imaging.GrayImage;
import dev.winnow.imaging.GrayStats;
import dev.winnow.imaging.ImageFacts;
import dev.winnow.imaging.Reciprocals;
import dev.winnow.imaging.RgbImages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pixels/v2}: a hand-made feature vector that needs no model weights, computed on the working copy's half
 * ({@link ImageFacts#half()}, long side at most 384, shared with the change map) so that it costs a small fraction
 * of the decode. v1 area-averaged its own 384 px copy; v2's exact 2x2 means give slightly different numbers, hence
 * the new id. {@value #DIMENSION} numbers, mostly in [0, 1], in this order:
 * <ol>
 * <li>colour (12): mean and std of R, G, B; mean and std of HSV saturation; mean HSV value; colourfulness;
 * mean red-green and yellow-blue opponent channels (shifted by 0.5);</li>
 * <li>hue (12): a 12-bin hue histogram weighted by saturation, as a share of all pixels;</li>
 * <li>tone (11): an 8-bin luma histogram and the luma 5th, 50th and 95th percentiles;</li>
 * <li>texture and edges (7): mean and 90th-percentile gradient magnitude, edge density, and the share of
 * gradient energy in four orientations (0, 45, 90, 135 degrees);</li>
 * <li>sharpness (3): log(1 + 1000 x Laplacian variance) at the working size (from the pixel statistics) and at
 * half of it, and their difference (fine detail that vanishes at half size shows as a large difference);</li>
 * <li>a 4 x 4 grid (80): per cell luma mean and std, mean gradient magnitude, mean red-green and yellow-blue.</li>
 * </ol>
 * Not normalized: the parts have comparable ranges and learners scale features themselves.
 */
public final class PixelEmbedder implements Embedder {
    public static final String ID = "pixels/v2";
    public static final int DIMENSION = 125;
    private static final int GRID = 4;
    private static final float EDGE = 0.08f;
    private static final double TAN_22_5 = 0.41421356;
    private static final double TAN_67_5 = 2.41421356;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Object> spec() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "pixels");
        m.put("dimension", DIMENSION);
        m.put("input", "half of the working copy, long side 384");
        return m;
    }

    @Override
    public float[] embed(EmbedInput input) {
        return features(input.facts());
    }

    static float[] features(ImageFacts facts) {
        java.awt.image.BufferedImage small = facts.half();
        int[] rgb = RgbImages.pixels(small);
        GrayImage gray = small == facts.working() ? facts.gray() : GrayImage.of(small);
        int w = gray.width(), h = gray.height();
        float[] v = new float[DIMENSION];
        int k = colour(rgb, v, 0);
        k = tone(gray.pixels(), v, k);
        float[] mag = new float[w * h];
        k = texture(gray, mag, v, k);
        k = sharpness(facts, gray, v, k);
        k = grid(rgb, gray.pixels(), mag, w, h, v, k);
        if (k != DIMENSION) throw new IllegalStateException("pixel features filled " + k + " of " + DIMENSION);
        return v;
    }

    private static int colour(int[] rgb, float[] v, int k) {
        int n = rgb.length;
        // Sums of 8-bit values and their squares are exact in longs; yb2 is twice yellow-blue.
        long sr = 0, sg = 0, sb = 0, sr2 = 0, sg2 = 0, sb2 = 0, val = 0, rgS = 0, rgS2 = 0, yb2S = 0, yb2S2 = 0;
        double sat = 0, sat2 = 0;
        double[] hue = new double[12];
        double[] inv = Reciprocals.OF;
        for (int p : rgb) {
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            sr += r;
            sg += g;
            sb += b;
            sr2 += r * r;
            sg2 += g * g;
            sb2 += b * b;
            int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            double sv = (max - min) * inv[max];
            sat += sv;
            sat2 += sv * sv;
            val += max;
            int rg = r - g, yb2 = r + g - 2 * b;
            rgS += rg;
            rgS2 += rg * rg;
            yb2S += yb2;
            yb2S2 += yb2 * yb2;
            if (max > min) hue[hueBin(r, g, b, max, inv[max - min])] += sv;
        }
        long[] s = {sr, sg, sb}, s2 = {sr2, sg2, sb2};
        for (int c = 0; c < 3; c++) v[k++] = (float) ((double) s[c] / n / 255);
        for (int c = 0; c < 3; c++) v[k++] = (float) (Math.sqrt(Math.max(0, (double) s2[c] / n - sq((double) s[c] / n))) / 255);
        v[k++] = (float) (sat / n);
        v[k++] = (float) Math.sqrt(Math.max(0, sat2 / n - sq(sat / n)));
        v[k++] = (float) ((double) val / n / 255);
        double rgM = (double) rgS / n, ybM = yb2S / 2.0 / n;
        double rgSd = Math.sqrt(Math.max(0, (double) rgS2 / n - rgM * rgM)), ybSd = Math.sqrt(Math.max(0, yb2S2 / 4.0 / n - ybM * ybM));
        v[k++] = (float) ((Math.hypot(rgSd, ybSd) + 0.3 * Math.hypot(rgM, ybM)) / 255);
        v[k++] = (float) (rgM / 255 / 2 + 0.5);
        v[k++] = (float) (ybM / 255 / 2 + 0.5);
        for (double hb : hue) v[k++] = (float) (hb / n);
        return k;
    }

    /** One of 12 hue sectors (HSV hue, 30 degrees each); {@code invRange} is 1 / (max - min). */
    private static int hueBin(int r, int g, int b, int max, double invRange) {
        double hue;
        if (max == r) {
            hue = (g - b) * invRange;
            if (hue < 0) hue += 6;
        } else if (max == g) {
            hue = (b - r) * invRange + 2;
        } else {
            hue = (r - g) * invRange + 4;
        }
        return Math.min(11, (int) (hue * 2));
    }

    private static int tone(float[] luma, float[] v, int k) {
        int[] fine = new int[256];
        for (float l : luma) fine[Math.min(255, (int) (l * 256))]++;
        int n = luma.length;
        for (int b = 0; b < 8; b++) {
            int c = 0;
            for (int i = b * 32; i < (b + 1) * 32; i++) c += fine[i];
            v[k++] = (float) c / n;
        }
        for (double q : new double[] {0.05, 0.5, 0.95}) v[k++] = percentile(fine, n, q) / 255f;
        return k;
    }

    private static int percentile(int[] hist, int n, double q) {
        long target = (long) Math.ceil(q * n), acc = 0;
        for (int i = 0; i < hist.length; i++) {
            acc += hist[i];
            if (acc >= target) return i;
        }
        return hist.length - 1;
    }

    private static int texture(GrayImage g, float[] mag, float[] v, int k) {
        int w = g.width(), h = g.height();
        float[] p = g.pixels();
        double sum = 0;
        long edges = 0;
        // One sum per orientation, each pixel adding its magnitude to its own and 0 to the others: the same sums as
        // adding to a bin chosen by branches (adding 0 changes nothing), without branches that miss on every edge.
        double o0 = 0, o1 = 0, o2 = 0, o3 = 0;
        int[] magHist = new int[256];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float gx = (p[i + 1] - p[i - 1]) * 0.5f, gy = (p[i + w] - p[i - w]) * 0.5f;
                float m = (float) Math.sqrt(gx * gx + gy * gy);
                mag[i] = m;
                sum += m;
                if (m > EDGE) edges++;
                magHist[Math.min(255, (int) (m * 512))]++;
                float ax = Math.abs(gx), ay = Math.abs(gy);
                boolean flat = ay < TAN_22_5 * ax, steep = !flat && ay > TAN_67_5 * ax, diagonal = !flat && !steep;
                boolean rising = gx * gy > 0;
                o0 += flat ? m : 0f;
                o2 += steep ? m : 0f;
                o1 += diagonal && rising ? m : 0f;
                o3 += diagonal && !rising ? m : 0f;
            }
        }
        double[] orient = {o0, o1, o2, o3};
        int n = Math.max(1, (w - 2) * (h - 2));
        v[k++] = (float) (sum / n);
        v[k++] = percentile(magHist, n, 0.9) / 512f;
        v[k++] = (float) edges / n;
        double total = orient[0] + orient[1] + orient[2] + orient[3];
        for (double o : orient) v[k++] = total <= 0 ? 0.25f : (float) (o / total);
        return k;
    }

    private static int sharpness(ImageFacts facts, GrayImage small, float[] v, int k) {
        Double atWorking = facts.stats().get("sharpness");
        double full = Math.log1p(1000 * (atWorking != null ? atWorking : GrayStats.laplacianVariance(facts.gray())));
        double half = Math.log1p(1000 * GrayStats.laplacianVariance(small));
        v[k++] = (float) full;
        v[k++] = (float) half;
        v[k++] = (float) (half - full);
        return k;
    }

    private static int grid(int[] rgb, float[] luma, float[] mag, int w, int h, float[] v, int k) {
        for (int gy = 0; gy < GRID; gy++) {
            int y0 = gy * h / GRID, y1 = (gy + 1) * h / GRID;
            for (int gx = 0; gx < GRID; gx++) {
                int x0 = gx * w / GRID, x1 = (gx + 1) * w / GRID;
                double l = 0, l2 = 0, m = 0, rg = 0, yb = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int i = y * w + x, p = rgb[i];
                        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                        l += luma[i];
                        l2 += luma[i] * luma[i];
                        m += mag[i];
                        rg += r - g;
                        yb += 0.5 * (r + g) - b;
                    }
                }
                int n = Math.max(1, (y1 - y0) * (x1 - x0));
                v[k++] = (float) (l / n);
                v[k++] = (float) Math.sqrt(Math.max(0, l2 / n - sq(l / n)));
                v[k++] = (float) (m / n);
                v[k++] = (float) (rg / n / 255 / 2 + 0.5);
                v[k++] = (float) (yb / n / 255 / 2 + 0.5);
            }
        }
        return k;
    }

    private static double sq(double x) {
        return x * x;
    }
}
