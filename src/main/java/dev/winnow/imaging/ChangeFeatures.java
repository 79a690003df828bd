package dev.winnow.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one {@link StructuralDiff.Result} into named numbers a learner can use, all under a prefix that says what
 * was compared: {@code top_} (this member against the set's highest stage), {@code up_} (against the next stage
 * up) and {@code down_} (against the next stage down). The features describe the size, the shape and the place of
 * the change rather than one artifact kind, so that a compact local break (a broken face, a missing navel) looks
 * different from a diffuse legitimate change (stage 3 adding detail everywhere):
 * <ul>
 * <li>coarse structural dissimilarity per tile: max, mean, median, p90, mean of the top 3 tiles, fraction of tiles
 * above 0.10 / 0.20 / 0.35, the max tile's centre (x, y in [0, 1]);</li>
 * <li>concentration: share of all change in the top tile and in the top 5% of tiles; peak ratio max / (median +
 * 0.01); blob, the fraction of tiles in the region around the max tile that stays above half the max;</li>
 * <li>where the change above the median sits and how far it spreads (weighted centre and spread on x and y): for
 * the face swap's comparison that is where the face is and how big;</li>
 * <li>fine-scale dissimilarity (detail): mean, max, p90;</li>
 * <li>local colour shift per tile after removing the global shift: max, mean;</li>
 * <li>global differences: log2 sharpness ratio, brightness difference, log2 contrast ratio, colour shift.</li>
 * </ul>
 */
public final class ChangeFeatures {
    private static final String[] SUFFIXES = {"max", "mean", "median", "p90", "top3_mean", "frac_010", "frac_020",
            "frac_035", "max_x", "max_y", "mass_x", "mass_y", "mass_sx", "mass_sy", "conc_top1", "conc_top5pct", "peak_ratio", "blob", "fine_mean", "fine_max",
            "fine_p90", "colour_max", "colour_mean", "sharp_log_ratio", "brightness_diff", "contrast_log_ratio",
            "colour_shift"};
    public static final List<String> PREFIXES = List.of("top", "up", "down");
    /** Per-member facts that do not depend on a comparison. */
    public static final List<String> MEMBER = List.of("stage", "position", "members", "is_top", "stage_gap_up",
            "stage_gap_down");

    private ChangeFeatures() {
    }

    /** Every feature name a member can carry; comparisons that do not apply (the top has no "up") are absent. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(MEMBER);
        for (String p : PREFIXES) for (String s : SUFFIXES) out.add(p + "_" + s);
        return out;
    }

    static void put(Map<String, Double> out, String prefix, StructuralDiff.Result d) {
        TileGrid t = d.coarse();
        int argMax = t.argMax();
        float max = t.values()[argMax];
        float[] desc = t.descending();
        double sum = t.sum();
        int top5 = Math.max(1, (int) Math.ceil(0.05 * desc.length));
        double median = t.quantile(0.5);
        out.put(prefix + "_max", (double) max);
        out.put(prefix + "_mean", t.mean());
        out.put(prefix + "_median", median);
        out.put(prefix + "_p90", t.quantile(0.9));
        out.put(prefix + "_top3_mean", meanOfFirst(desc, 3));
        out.put(prefix + "_frac_010", fractionAbove(desc, 0.10f));
        out.put(prefix + "_frac_020", fractionAbove(desc, 0.20f));
        out.put(prefix + "_frac_035", fractionAbove(desc, 0.35f));
        out.put(prefix + "_max_x", t.centreX(argMax));
        out.put(prefix + "_max_y", t.centreY(argMax));
        double[] mass = t.massAbove(median);
        // A map with nothing above its median (two identical images) has no change to place: left out, read as unknown.
        if (!Double.isNaN(mass[0])) {
            out.put(prefix + "_mass_x", mass[0]);
            out.put(prefix + "_mass_y", mass[1]);
            out.put(prefix + "_mass_sx", mass[2]);
            out.put(prefix + "_mass_sy", mass[3]);
        }
        out.put(prefix + "_conc_top1", sum <= 0 ? 0 : max / sum);
        out.put(prefix + "_conc_top5pct", sum <= 0 ? 0 : meanOfFirst(desc, top5) * top5 / sum);
        out.put(prefix + "_peak_ratio", max / (median + 0.01));
        out.put(prefix + "_blob", max <= 0 ? 0 : (double) t.regionSize(argMax, max / 2) / t.size());
        out.put(prefix + "_fine_mean", d.fine().mean());
        out.put(prefix + "_fine_max", (double) d.fine().max());
        out.put(prefix + "_fine_p90", d.fine().quantile(0.9));
        out.put(prefix + "_colour_max", (double) d.colour().max());
        out.put(prefix + "_colour_mean", d.colour().mean());
        out.put(prefix + "_sharp_log_ratio", d.sharpLogRatio());
        out.put(prefix + "_brightness_diff", d.brightnessDiff());
        out.put(prefix + "_contrast_log_ratio", d.contrastLogRatio());
        out.put(prefix + "_colour_shift", d.colourShift());
    }

    private static double meanOfFirst(float[] desc, int k) {
        int n = Math.min(k, desc.length);
        double s = 0;
        for (int i = 0; i < n; i++) s += desc[i];
        return s / n;
    }

    private static double fractionAbove(float[] desc, float threshold) {
        int n = 0;
        while (n < desc.length && desc[n] > threshold) n++;
        return (double) n / desc.length;
    }
}
