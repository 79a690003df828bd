package dev.winnow.learn.keep;

/** One decided single as a model that did not see it judged it: whether the curator kept it, and P(keep). */
public record KeepOutcome(String projectId, long setId, boolean kept, double keepProbability) {
    /** The model's suggestion: keep from one half on. */
    public boolean suggestsKeep() {
        return keepProbability >= KeepModel.KEEP_FROM;
    }
}
