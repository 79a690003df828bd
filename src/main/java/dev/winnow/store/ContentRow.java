package dev.winnow.store;

import java.util.Map;

/** What one decode of some image bytes produced; {@code thumbPath} is relative to the Winnow home. */
public record ContentRow(String hash, int width, int height, long phash, String thumbPath, Map<String, Double> stats,
                         String decodedAt) {
    public ContentRow {
        stats = stats == null ? Map.of() : Map.copyOf(stats);
    }
}
