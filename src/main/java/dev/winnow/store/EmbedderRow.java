package dev.winnow.store;

/** An embedder that wrote vectors: its id, vector dimension and configuration as JSON. */
public record EmbedderRow(String id, int dim, String specJson, String createdAt) {
}
