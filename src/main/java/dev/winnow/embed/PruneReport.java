package dev.winnow.embed;

/**
 * What a prune dropped (or, on a dry run, would drop): cache entries of content no file points to any more, change
 * maps and step evidence no set points to, vectors of an embedder given by name, and image files in the cache that no entry
 * references (left by a killed run), with the bytes freed on disk.
 */
public record PruneReport(boolean applied, int hashes, int setChanges, int stepEvidence, long vectorsOfEmbedder, int files,
                          long bytes) {
}
