package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.util.Map;

/**
 * The models' suggestion for one stage set: the member to keep (null when the models suggest rejecting the
 * set), calibrated confidence, probability that the highest stage is wrong, proposed crop (null = no crop),
 * a one-line reason, and the model versions that made it. {@code scores} is file id to ranker score.
 */
public record PredictionRow(long setId, Long pickFileId, double confidence, double anomalyProbability, CropBox crop,
                            String reason, String rankerVersion, String anomalyVersion, String cropVersion,
                            Map<Long, Double> scores, String createdAt) {
    public PredictionRow {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
