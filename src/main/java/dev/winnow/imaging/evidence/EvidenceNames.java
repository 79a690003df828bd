package dev.winnow.imaging.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The stable names (and byte scales) of everything a step's evidence holds; the store keeps values in these
 * orders, and learn reads them by these names.
 */
public final class EvidenceNames {
    /** Side of a tile in working pixels (the working size has a long side of at most {@link StepEvidenceMapper#WORKING_SIDE}). */
    public static final int TILE_SIDE = TileMeans.SIDE;

    /** The nine residual maps, in the order of the summaries and of a variant's tile planes. */
    public static final List<String> MAPS = List.of("all", "hi", "lo", "hi_rel", "chroma", "struct", "ratio",
            "hi_w23", "struct_w23");
    /** The six numbers each map is summarised by (see {@link MapSummary}). */
    public static final List<String> STATS = List.of("zmax", "ztop", "area6", "conc", "loglvl", "blob");
    /** The 56 summaries of a variant: map_stat for every map and stat, then the fit's R^2 and log median |r|. */
    public static final List<String> SUMMARIES = summaries();
    /**
     * A variant's tile planes: the maps' tile means. "ratio_s" is the signed log ratio of detail energies (the
     * summaries use its absolute value): positive where the upper image has detail the model does not explain.
     */
    public static final List<String> TILE_MAPS = List.of("all", "hi", "lo", "hi_rel", "chroma", "struct", "ratio_s",
            "hi_w23", "struct_w23");
    /**
     * Content of the lower image per tile: mean red, green, blue and luma, the luma's standard deviation, gradient
     * energy of the luma blurred at sigma 1, 2, 4 (sqrt of the tile mean of |grad|^2, times sigma), saturation
     * (mean of max - min channel), and the tile centre (x, y) as a share of the width and height.
     */
    public static final List<String> DESCRIPTORS = List.of("r", "g", "b", "lum", "lstd", "g1", "g2", "g4", "sat", "x", "y");

    /**
     * Byte scales of the tile maps (precision kept: energies 2.7% (all, hi, lo, chroma, hi_w23), hi_rel 3.6%,
     * struct 0.008, ratio_s 0.063 log units).
     */
    public static final List<ByteScale> TILE_SCALES = List.of(energy(), energy(), energy(), ByteScale.logarithmic(0.02, 200),
            energy(), ByteScale.linear(0, 2), ByteScale.linear(-8, 8), energy(), ByteScale.linear(0, 2));
    public static final List<ByteScale> DESCRIPTOR_SCALES = List.of(unit(), unit(), unit(), unit(),
            ByteScale.logarithmic(1e-3, 0.5), gradient(), gradient(), gradient(), unit(), unit(), unit());

    private EvidenceNames() {
    }

    private static ByteScale energy() {
        return ByteScale.logarithmic(2e-3, 2);
    }

    private static ByteScale unit() {
        return ByteScale.linear(0, 1);
    }

    private static ByteScale gradient() {
        return ByteScale.logarithmic(1e-3, 2);
    }

    private static List<String> summaries() {
        List<String> out = new ArrayList<>();
        for (String m : MAPS) for (String s : STATS) out.add(m + "_" + s);
        out.add("r2");
        out.add("logmedres");
        return List.copyOf(out);
    }
}
