package dev.winnow.learn;

import dev.winnow.learn.model.ModelMetadata;

import java.util.List;
import java.util.Map;

/** `winnow status`: per project what there is to learn from and what was predicted, and the current models. */
public record StatusReport(List<ProjectStatus> projects, List<ModelMetadata> currentModels) {

    /** One project's files, sets, decisions by source, embedded files per embedder, change-featured and predicted sets. */
    public record ProjectStatus(String projectId, long files, long sets, Map<String, Long> decisionsBySource,
                                Map<String, Long> embeddedByEmbedder, long setsWithChangeFeatures,
                                Map<String, Long> predictedByModels) {
        public long predicted() {
            return predictedByModels.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
