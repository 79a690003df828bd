package dev.winnow.imaging.evidence;

import dev.winnow.common.CropBox;

import java.util.Arrays;

/**
 * One variant of a step's upper image: the clean step (index 0, family "clean", no box) or a planted generic
 * defect (index 1.., its {@link DefectFamily#key()} and the normalized bounding box of the ellipse it was planted
 * in). {@code summaries} are named by {@link EvidenceNames#SUMMARIES}; {@code tiles} has the planes of
 * {@link EvidenceNames#TILE_MAPS}.
 */
public record StepVariant(int index, String family, CropBox planted, float[] summaries, TilePlanes tiles) {
    public static final String CLEAN = "clean";

    public StepVariant {
        if (summaries.length != EvidenceNames.SUMMARIES.size()) {
            throw new IllegalArgumentException(summaries.length + " summaries, expected " + EvidenceNames.SUMMARIES.size());
        }
        if (tiles.planes() != EvidenceNames.TILE_MAPS.size()) {
            throw new IllegalArgumentException(tiles.planes() + " tile maps, expected " + EvidenceNames.TILE_MAPS.size());
        }
    }

    public boolean clean() {
        return index == 0;
    }

    public float summary(String name) {
        int i = EvidenceNames.SUMMARIES.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no summary named " + name);
        return summaries[i];
    }

    /** The tile means of one map (see {@link EvidenceNames#TILE_MAPS}), row-major. */
    public float[] tileMap(String name) {
        int i = EvidenceNames.TILE_MAPS.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no tile map named " + name);
        return tiles.plane(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepVariant v && v.index == index && v.family.equals(family)
                && java.util.Objects.equals(v.planted, planted) && Arrays.equals(v.summaries, summaries)
                && v.tiles.equals(tiles);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, family, planted, Arrays.hashCode(summaries), tiles);
    }
}
