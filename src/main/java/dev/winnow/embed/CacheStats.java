package dev.winnow.embed;

import java.util.List;
import java.util.Map;

/**
 * Sizes and counts of Winnow's image-derived cache: table row counts, vectors per embedder, thumbnail and heatmap
 * files with their bytes on disk, the store file's size, and how much a prune would drop.
 */
public record CacheStats(Map<String, Long> rows, List<Embedder> embedders, long thumbFiles,
                         long thumbBytes, long heatmapFiles, long heatmapBytes, long storeBytes,
                         PruneReport wouldPrune) {

    /** Vectors one embedder holds in the store: how many, of which dimension, and their bytes. */
    public record Embedder(String embedderId, long vectors, int dim, long bytes) {
    }
}
