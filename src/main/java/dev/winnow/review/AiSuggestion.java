package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.store.PredictionRow;

/**
 * The models' suggestion for a set as the reviewer shows it: a pick (null = reject the set), calibrated
 * confidence that the pick is right, anomaly probability, a crop (null when none, or when it is the whole image),
 * a one-sentence reason (null when the models gave none) and where they blame a break: a member and a box on it
 * (both null when nothing is blamed). {@code anomaly}: the detector's flag as predict stored it ("look here": more
 * sets than those whose pick leaves the highest stage); for predictions made before flags were stored, whether the
 * pick leaves the highest stage ({@value #ANOMALY_FLAG}).
 */
record AiSuggestion(Long pickFileId, double confidence, double anomalyProbability, boolean anomaly, CropBox crop,
                    String reason, String models, Long blamedFileId, CropBox blamedBox) {
    static final double ANOMALY_FLAG = 0.5;
    static final double NO_OPINION = 0.5;
    private static final double FULL_IMAGE_EPS = 0.005;

    static AiSuggestion of(PredictionRow p) {
        CropBox crop = p.crop() == null || p.crop().isNearFull(FULL_IMAGE_EPS) ? null : p.crop().clampToUnit();
        String reason = p.reason() == null || p.reason().isBlank() ? null : p.reason();
        String models = "ranker " + nz(p.rankerVersion()) + ", anomaly " + nz(p.anomalyVersion()) + ", crop " + nz(p.cropVersion());
        CropBox blamed = p.blamedBox() == null ? null : p.blamedBox().clampToUnit();
        boolean flagged = p.flagged() != null ? p.flagged() : p.anomalyProbability() >= ANOMALY_FLAG;
        return new AiSuggestion(p.pickFileId(), p.confidence(), p.anomalyProbability(), flagged, crop, reason, models,
                blamed == null ? null : p.blamedFileId(), blamed);
    }

    /** Whether a choice is what the models suggested: the same member, or rejecting when they suggested rejecting. */
    boolean agreesWith(boolean rejected, Long fileId) {
        return rejected ? pickFileId == null : pickFileId != null && pickFileId.equals(fileId);
    }

    /**
     * How unsure the models are about this set; triage shows the highest first. A suggestion with confidence 0 is no
     * opinion at all (a single while no keep model exists): it counts as a coin flip, after the sets the models
     * doubt more or think broken, not ahead of every one of them.
     */
    double doubt() {
        if (confidence == 0 && anomalyProbability == 0) return NO_OPINION;
        return Math.max(1 - confidence, anomalyProbability);
    }

    /** Whether the auto-accept cut takes this suggestion: a member to keep, at least as sure as the cut. */
    boolean acceptedAt(double cut) {
        return pickFileId != null && confidence >= cut;
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
