package dev.winnow.imaging.evidence;

import java.util.List;

/**
 * The evidence of one stage step of a set (a consecutive pair of its decoded members, lower to upper): the
 * working size both were compared at, the lower image's content per tile ({@link EvidenceNames#DESCRIPTORS}) and
 * the variants of the upper image, the clean step first.
 */
public record StepEvidence(double lowerStage, double upperStage, int width, int height, TilePlanes descriptors,
                           List<StepVariant> variants) {
    public StepEvidence {
        variants = List.copyOf(variants);
        if (variants.isEmpty() || !variants.get(0).clean()) throw new IllegalArgumentException("the clean variant comes first");
    }

    public StepVariant clean() {
        return variants.get(0);
    }

    public List<StepVariant> planted() {
        return variants.subList(1, variants.size());
    }

    public int cols() {
        return descriptors.cols();
    }

    public int rows() {
        return descriptors.rows();
    }
}
