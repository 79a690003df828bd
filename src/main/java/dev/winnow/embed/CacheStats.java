package dev.winnow.embed;

import dev.winnow.store.CacheRepository;

import java.util.List;
import java.util.Map;

/**
 * Sizes and counts of Winnow's image-derived cache: table row counts, vectors per embedder, thumbnail and heatmap
 * files with their bytes on disk, the store file's size, and how much a prune would drop.
 */
public record CacheStats(Map<String, Long> rows, List<CacheRepository.EmbedderUsage> embedders, long thumbFiles,
                         long thumbBytes, long heatmapFiles, long heatmapBytes, long storeBytes,
                         PruneReport wouldPrune) {
}
