package dev.winnow.embed;

import dev.winnow.domain.ImageFile;

import java.util.Map;

/**
 * Turns one image into a vector. Implementations are called from several worker threads at once. The id names
 * the embedder and its version or model hash: vectors are cached under it, and a vector stored under another id
 * is never used in its place.
 */
public interface Embedder extends AutoCloseable {
    String id();

    /** How the embedder is configured (model file, hash, preprocessing), stored beside its vectors. */
    Map<String, Object> spec();

    /** False for embedders that look vectors up instead of computing them (import): no decode needed for them. */
    default boolean needsPixels() {
        return true;
    }

    /** Whether a vector can be had for this file and content at all (an import only covers what it knew). */
    default boolean covers(ImageFile file, String contentHash) {
        return true;
    }

    /**
     * Whether the full-resolution image is needed for a picture whose working copy is {@code workingWidth} x
     * {@code workingHeight}. When false (the default) the decoder streams rows straight into the working copy and
     * never builds the full raster (for a 1664x2432 image, 16 MB and a pass over them); {@link EmbedInput#full()} is
     * then null.
     */
    default boolean needsFullImage(int workingWidth, int workingHeight) {
        return false;
    }

    float[] embed(EmbedInput input) throws EmbedException;

    @Override
    default void close() {
    }
}
