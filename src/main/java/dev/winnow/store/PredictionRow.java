package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.util.Map;

/**
 * The models' suggestion for one stage set: the member to keep (null when the models suggest rejecting the
 * set), calibrated confidence, probability that the highest stage is wrong, proposed crop (null = no crop),
 * a one-line reason, and the model versions that made it. {@code scores} is file id to ranker score.
 * {@code blamedFileId} and {@code blamedBox} (normalized to that member) say where the models see the break or,
 * when none is suspected, the strongest change; both null when nothing is blamed.
 */
public record PredictionRow(long setId, Long pickFileId, double confidence, double anomalyProbability, CropBox crop,
                            String reason, String rankerVersion, String anomalyVersion, String cropVersion,
                            Map<Long, Double> scores, String createdAt, Long blamedFileId, CropBox blamedBox,
                            Boolean flagged) {
    public PredictionRow {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        if ((blamedFileId == null) != (blamedBox == null)) {
            throw new IllegalArgumentException("a blamed region needs both its member and its box");
        }
    }

    /** A prediction whose flag was not recorded (null: the reader decides from the probability). */
    public PredictionRow(long setId, Long pickFileId, double confidence, double anomalyProbability, CropBox crop,
                         String reason, String rankerVersion, String anomalyVersion, String cropVersion,
                         Map<Long, Double> scores, String createdAt, Long blamedFileId, CropBox blamedBox) {
        this(setId, pickFileId, confidence, anomalyProbability, crop, reason, rankerVersion, anomalyVersion, cropVersion,
                scores, createdAt, blamedFileId, blamedBox, null);
    }

    /** A prediction that blames no region. */
    public PredictionRow(long setId, Long pickFileId, double confidence, double anomalyProbability, CropBox crop,
                         String reason, String rankerVersion, String anomalyVersion, String cropVersion,
                         Map<Long, Double> scores, String createdAt) {
        this(setId, pickFileId, confidence, anomalyProbability, crop, reason, rankerVersion, anomalyVersion, cropVersion,
                scores, createdAt, null, null);
    }
}
