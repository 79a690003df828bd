package dev.winnow.review;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the reviewer's change heatmap comes from: one picture per set member that covers exactly that member's
 * frame, so the page lays it over the member the way it lays the member out (letterboxed, resized). Today the
 * pictures are cut from the set's change strip ({@link StripHeatmapSource}); a detector's per-member residual maps
 * can take its place behind the same two calls.
 */
interface HeatmapSource {
    /** Whether the set has a heatmap at all. */
    boolean has(long setId);

    /** The picture over one member of the set; empty when that member has none (not decoded, or no map yet). */
    Optional<ImageSource.Image> panel(long setId, long fileId) throws IOException;
}
