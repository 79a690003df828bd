package dev.winnow.learn.anomaly;

import dev.winnow.imaging.evidence.StepEvidence;

/** A stage step as people write it, e.g. "1.5→2": the key of per-step statistics and of report rows. */
public final class StepKey {
    private StepKey() {
    }

    public static String of(double lower, double upper) {
        return stage(lower) + "→" + stage(upper);
    }

    static String of(StepEvidence step) {
        return of(step.lowerStage(), step.upperStage());
    }

    private static String stage(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
