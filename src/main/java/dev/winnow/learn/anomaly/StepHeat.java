package dev.winnow.learn.anomaly;

/**
 * The detector's view of one stage step, for the reviewer's heatmap: over the step's upper member ({@code member},
 * index into the set), per tile of a {@code cols} x {@code rows} grid, how many usual spreads the residual stood
 * above what such content leaves after such a step (the map the blamed box is drawn from; row-major).
 */
public record StepHeat(int member, int cols, int rows, float[] excess) {
}
