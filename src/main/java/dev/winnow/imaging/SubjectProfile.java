package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the subject of a picture probably is, from two generic cues that hold for photographs as well as for
 * renders: detail (a subject is usually sharper and busier than its background) and colour distinctness (a
 * subject usually differs in colour from the image border, which is mostly background). Each cue is measured per
 * cell of a {@value #CELLS}x{@value #CELLS} grid laid over the working copy; the background's level (the median
 * cell) is subtracted, so only what stands out counts. For each cue the profile holds the 5/25/50/75/95%
 * quantiles of its mass projected on x and on y, its centre of mass and spread; for detail also an
 * {@value #GRID}x{@value #GRID} grid of shares. All positions are image fractions in [0, 1].
 * <p>
 * The values are stored with the content's statistics under the prefix {@value #PREFIX}, beside
 * {@link #VERSION_KEY}; content measured by another version is decoded again.
 */
public final class SubjectProfile {
    public static final String PREFIX = "subj_";
    public static final String VERSION_KEY = PREFIX + "version";
    /** Bump when any value changes meaning or computation. */
    public static final int VERSION = 1;
    static final int CELLS = 32;
    static final int GRID = 8;
    static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    static final String DETAIL = "detail";
    static final String DISTINCT = "distinct";
    private static final List<String> NAMES = listNames();

    private SubjectProfile() {
    }

    /** The profile of a working copy and its luma (both as {@link ImageAnalyzer} holds them). */
    public static Map<String, Double> measure(BufferedImage working, GrayImage gray) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(VERSION_KEY, (double) VERSION);
        double[] detail = aboveBackground(detail(gray));
        double[] distinct = aboveBackground(distinctness(working));
        describe(out, DETAIL, detail);
        describe(out, DISTINCT, distinct);
        grid(out, detail);
        return out;
    }

    /** Names of every value a profile holds, in the order {@link #measure} writes them. */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> listNames() {
        List<String> out = new ArrayList<>(List.of(VERSION_KEY));
        for (String cue : List.of(DETAIL, DISTINCT)) {
            for (String axis : List.of("_x", "_y")) {
                for (double q : QUANTILES) out.add(PREFIX + cue + axis + quantileSuffix(q));
                out.add(PREFIX + cue + axis + "_mean");
                out.add(PREFIX + cue + axis + "_spread");
            }
        }
        for (int i = 0; i < GRID * GRID; i++) out.add(gridName(i));
        return List.copyOf(out);
    }

    /** Mean gradient magnitude (central differences) per cell. */
    private static double[] detail(GrayImage g) {
        int w = g.width(), h = g.height();
        float[] p = g.pixels();
        double[] sum = new double[CELLS * CELLS];
        int[] count = new int[CELLS * CELLS];
        for (int y = 1; y < h - 1; y++) {
            int row = y * w, cy = y * CELLS / h;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                float gx = p[i + 1] - p[i - 1], gy = p[i + w] - p[i - w];
                int c = cy * CELLS + x * CELLS / w;
                sum[c] += Math.sqrt(gx * gx + gy * gy);
                count[c]++;
            }
        }
        return means(sum, count);
    }

    /** Distance of each cell's mean colour from the mean colour of the grid's outer ring (RGB in [0, 1]). */
    private static double[] distinctness(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = RgbImages.pixels(img);
        double[][] sum = new double[3][CELLS * CELLS];
        int[] count = new int[CELLS * CELLS];
        for (int y = 0; y < h; y++) {
            int cy = y * CELLS / h;
            for (int x = 0; x < w; x++) {
                int v = rgb[y * w + x], c = cy * CELLS + x * CELLS / w;
                sum[0][c] += (v >> 16) & 0xff;
                sum[1][c] += (v >> 8) & 0xff;
                sum[2][c] += v & 0xff;
                count[c]++;
            }
        }
        double[][] mean = {means(sum[0], count), means(sum[1], count), means(sum[2], count)};
        double[] border = new double[3];
        int ring = 0;
        for (int c = 0; c < CELLS * CELLS; c++) {
            int cx = c % CELLS, cy = c / CELLS;
            if (count[c] == 0 || (cx > 0 && cy > 0 && cx < CELLS - 1 && cy < CELLS - 1)) continue;
            for (int k = 0; k < 3; k++) border[k] += mean[k][c];
            ring++;
        }
        double[] out = new double[CELLS * CELLS];
        for (int c = 0; c < out.length; c++) {
            if (count[c] == 0) continue;
            double d = 0;
            for (int k = 0; k < 3; k++) {
                double diff = (mean[k][c] - border[k] / Math.max(1, ring)) / 255;
                d += diff * diff;
            }
            out[c] = Math.sqrt(d);
        }
        return out;
    }

    private static double[] means(double[] sum, int[] count) {
        double[] out = new double[sum.length];
        for (int i = 0; i < sum.length; i++) out[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        return out;
    }

    /** Each cell minus the median cell, floored at zero: what stands out from the background's level. */
    private static double[] aboveBackground(double[] cells) {
        double[] sorted = cells.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double[] out = new double[cells.length];
        for (int i = 0; i < cells.length; i++) out[i] = Math.max(0, cells[i] - median);
        return out;
    }

    private static void describe(Map<String, Double> out, String cue, double[] cells) {
        double[] xs = new double[CELLS], ys = new double[CELLS];
        for (int c = 0; c < cells.length; c++) {
            xs[c % CELLS] += cells[c];
            ys[c / CELLS] += cells[c];
        }
        axis(out, PREFIX + cue + "_x", xs);
        axis(out, PREFIX + cue + "_y", ys);
    }

    /** Quantiles, centre of mass and spread of one projection; an empty one reads as a uniform spread. */
    private static void axis(Map<String, Double> out, String name, double[] mass) {
        double total = 0;
        for (double m : mass) total += m;
        double[] m = mass;
        if (total <= 0) {
            m = new double[mass.length];
            Arrays.fill(m, 1);
            total = mass.length;
        }
        for (double q : QUANTILES) out.put(name + quantileSuffix(q), quantile(m, total, q));
        double mean = 0, var = 0;
        for (int i = 0; i < m.length; i++) mean += m[i] / total * (i + 0.5) / m.length;
        for (int i = 0; i < m.length; i++) {
            double d = (i + 0.5) / m.length - mean;
            var += m[i] / total * d * d;
        }
        out.put(name + "_mean", mean);
        out.put(name + "_spread", Math.sqrt(var));
    }

    /** The position where the cumulative mass reaches {@code q}, interpolated linearly inside the cell. */
    private static double quantile(double[] m, double total, double q) {
        double target = q * total, cum = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] > 0 && cum + m[i] >= target) return (i + (target - cum) / m[i]) / m.length;
            cum += m[i];
        }
        return 1;
    }

    private static void grid(Map<String, Double> out, double[] cells) {
        double[] g = new double[GRID * GRID];
        double total = 0;
        int per = CELLS / GRID;
        for (int c = 0; c < cells.length; c++) {
            g[(c / CELLS / per) * GRID + (c % CELLS) / per] += cells[c];
            total += cells[c];
        }
        for (int i = 0; i < g.length; i++) {
            out.put(gridName(i), total <= 0 ? 1.0 / g.length : g[i] / total);
        }
    }

    private static String gridName(int i) {
        return PREFIX + DETAIL + "_g" + (i / GRID) + (i % GRID);
    }

    /** "_q05" for the 5% quantile. */
    private static String quantileSuffix(double q) {
        return String.format(Locale.ROOT, "_q%02d", Math.round(q * 100));
    }
}
