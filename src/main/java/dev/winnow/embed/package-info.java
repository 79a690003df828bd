/**
 * Decoding each catalogued image once and caching what learning and review need: content hash, thumbnail,
 * statistics, embedding (pixels, ONNX or imported vectors) and change features; cache upkeep and archive checks.
 * Front door: {@link dev.winnow.embed.EmbedPipeline}. Uses common, domain, imaging, catalog, store.
 */
package dev.winnow.embed;
