package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.SetExample;

/**
 * The anomaly detector on one held-out set: the probability that the highest stage is not the pick (after the
 * shift to the project's prior), whether it crossed the operating threshold, the prior used and how it was
 * obtained, the truth, and the set's last stage step (e.g. "1.5→2"), because some steps hide a break far better
 * than others.
 */
public record AnomalyOutcome(String projectId, long setId, boolean anomaly, double probability, boolean flagged,
                             double prior, String priorSource, String topStep) {

    /** The step from the stage below the highest to the highest, e.g. "1.5→2". */
    public static String topStep(SetExample s) {
        int top = s.highest();
        return top < 1 ? "single" : StepKey.of(s.member(top - 1).stage(), s.member(top).stage());
    }
}
