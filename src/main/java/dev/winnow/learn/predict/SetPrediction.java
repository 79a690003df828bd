package dev.winnow.learn.predict;

import dev.winnow.common.CropBox;
import dev.winnow.learn.anomaly.StepHeat;

import java.util.List;

/**
 * The models' answer for one set: member scores, the pick (member index) and its confidence, the probability that
 * the highest stage is wrong (NaN without a detector) and whether it crossed the operating threshold, the crop
 * of the picked image (null without a crop model), and, when asked for, the evidence (which stage step changed
 * what, where; null when the change map is missing) and the one-sentence reason written from it; {@code heat}: the
 * anomaly detector's excess map of each stage step (empty without step evidence), the reviewer's heatmap.
 */
public record SetPrediction(long setId, double[] scores, int pick, double confidence, double anomalyProbability,
                            boolean flagged, CropBox crop, ChangeEvidence evidence, String reason, List<StepHeat> heat) {
    public SetPrediction {
        heat = heat == null ? List.of() : List.copyOf(heat);
    }
}
