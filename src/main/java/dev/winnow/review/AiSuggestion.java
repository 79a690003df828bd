package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.store.PredictionRow;

import java.util.Locale;

/**
 * The models' suggestion for a set as the reviewer shows it: a pick (null = reject the set), calibrated
 * confidence, anomaly probability, a crop (null when none, or when it is the whole image) and a one-line reason.
 */
record AiSuggestion(Long pickFileId, double confidence, double anomalyProbability, boolean anomaly, CropBox crop,
                    String reason, String models) {
    static final double ANOMALY_FLAG = 0.5;
    private static final double FULL_IMAGE_EPS = 0.005;

    static AiSuggestion of(PredictionRow p) {
        CropBox crop = p.crop() == null || p.crop().isNearFull(FULL_IMAGE_EPS) ? null : p.crop().clampToUnit();
        String reason = p.reason() == null || p.reason().isBlank()
                ? String.format(Locale.ROOT, "ranker confidence %.0f%%", 100 * p.confidence()) : p.reason();
        String models = "ranker " + nz(p.rankerVersion()) + ", anomaly " + nz(p.anomalyVersion()) + ", crop " + nz(p.cropVersion());
        return new AiSuggestion(p.pickFileId(), p.confidence(), p.anomalyProbability(),
                p.anomalyProbability() >= ANOMALY_FLAG, crop, reason, models);
    }

    /** Whether a choice is what the models suggested: the same member, or rejecting when they suggested rejecting. */
    boolean agreesWith(boolean rejected, Long fileId) {
        return rejected ? pickFileId == null : pickFileId != null && pickFileId.equals(fileId);
    }

    /** How unsure the models are about this set; triage shows the highest first. */
    double doubt() {
        return Math.max(1 - confidence, anomalyProbability);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
