package dev.winnow.learn.data;

import java.util.Map;

/**
 * What a dataset took from one project: sets seen, sets usable for the pick (labeled), anomalies among them,
 * sets with a crop target, sets left out per reason, and sets whose decisions disagreed.
 */
public record ProjectStats(String projectId, int sets, int labeled, int anomalies, int crops,
                           Map<String, Integer> excluded, int conflicts) {
    public ProjectStats {
        excluded = Map.copyOf(excluded);
    }

    public int excludedTotal() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }
}
