package dev.winnow.learn;

/**
 * The anomaly detector on one held-out set: the probability that the highest stage is not the pick (after the
 * shift to the project's prior), whether it crossed the operating threshold, the prior used and how it was
 * obtained, and the truth.
 */
public record AnomalyOutcome(String projectId, long setId, boolean anomaly, double probability, boolean flagged,
                             double prior, String priorSource) {
}
