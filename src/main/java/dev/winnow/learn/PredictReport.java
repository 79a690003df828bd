package dev.winnow.learn;

import dev.winnow.learn.anomaly.ProjectPrior;

import java.util.List;
import java.util.Map;

/**
 * What `winnow predict` stored for one project: sets predicted and skipped (by reason), the anomaly prior used and
 * where it came from, model versions, how many picks leave the highest stage and how many sets were flagged.
 */
public record PredictReport(String projectId, int predicted, Map<String, Integer> skipped, ProjectPrior prior,
                            Map<String, String> versions, int lowerStagePicks, int flagged, List<String> notes,
                            double seconds) {
}
