package dev.winnow.learn.anomaly;

import java.util.Locale;

/** The anomaly base rate assumed for one project, and where it came from (shown in every report). */
public record ProjectPrior(double value, String source) {
    /**
     * From this many reviewed (decided) sets on, a project's own measured rate replaces any estimate (issue 14: "after
     * its first 100 reviewed sets, predict uses that project's measured rate").
     */
    public static final int MIN_LABELED = 100;
    /** The range a project's rate is assumed to lie in without labels: the user's projects run from ~1% to ~50%. */
    static final double LOWEST = 0.01;
    static final double HIGHEST = 0.5;
    /**
     * Sets an estimate is worth as much as the training rate: with n sets the estimate gets weight n / (n + this).
     * The estimate from the share above a cut is noisy for a few dozen sets and biased when a project's content
     * shifts every score (covariate shift, not more breaks); shrinking toward the training rate bounds both.
     */
    static final double SHRINK_SETS = 50;

    /**
     * Without labels: black-box shift estimation from the share of the project's sets above the out-of-fold cut
     * ({@link ShiftGauge}), or EM when the gauge separates too little, bounded to [{@value #LOWEST},
     * {@value #HIGHEST}] and shrunk toward the training rate. No pick then hinges on a fragile estimate: measured
     * on held-out projects of both research benchmarks, picks with this rule were as good as with the training
     * rate or with the true rate (demo normal/broken 94%/66% vs 95%/63% and 93%/66%; photo set 98%/84% vs 98%/85% and
     * 98%/84%).
     */
    static ProjectPrior estimated(double[] pooled, double trainPrior, ShiftGauge gauge) {
        double[] known = java.util.Arrays.stream(pooled).filter(x -> !Double.isNaN(x)).toArray();
        boolean byGauge = gauge != null && gauge.usable();
        double raw = byGauge ? gauge.estimate(known) : PriorShift.estimate(known, trainPrior);
        double bounded = Math.max(LOWEST, Math.min(HIGHEST, raw));
        double w = known.length / (known.length + SHRINK_SETS);
        double value = w * bounded + (1 - w) * trainPrior;
        String how = byGauge ? String.format(Locale.ROOT, "share above %.2f corrected by out-of-fold TPR %.2f, FPR %.2f",
                gauge.cut(), gauge.tpr(), gauge.fpr()) : "EM";
        return new ProjectPrior(value, String.format(Locale.ROOT,
                "estimated without labels from %d sets (%s: %.1f%%, bounded to %.0f-%.0f%%, shrunk toward the training "
                        + "rate %.1f%% with weight %.2f)", known.length, how, 100 * raw, 100 * LOWEST, 100 * HIGHEST,
                100 * trainPrior, w));
    }

    static ProjectPrior training(double trainPrior) {
        return new ProjectPrior(trainPrior, "training base rate");
    }

    /** The project's own labeled rate, smoothed (Laplace) so that 0 of 60 does not become an impossible 0. */
    public static ProjectPrior fromLabels(int anomalies, int labeled) {
        return new ProjectPrior((anomalies + 1.0) / (labeled + 2.0),
                String.format(Locale.ROOT, "from %d labeled sets of the project (%d anomalies)", labeled, anomalies));
    }

    /**
     * A project part-way through review: its measured rate takes over from the estimate in proportion to the sets
     * reviewed, fully at {@value #MIN_LABELED} (before that, {@code reviewed / MIN_LABELED} of the weight), so the
     * policy moves with every reviewed set and no single early review swings it.
     */
    public static ProjectPrior reviewed(ProjectPrior estimate, int anomalies, int reviewed) {
        if (reviewed <= 0) return estimate;
        if (reviewed >= MIN_LABELED) return fromLabels(anomalies, reviewed);
        double w = (double) reviewed / MIN_LABELED;
        double value = w * (anomalies + 1.0) / (reviewed + 2.0) + (1 - w) * estimate.value();
        return new ProjectPrior(value, String.format(Locale.ROOT,
                "%d reviewed sets (%d anomalies) weighted %.2f against the estimate %.1f%% (%s)", reviewed, anomalies, w,
                100 * estimate.value(), estimate.source()));
    }

    public static ProjectPrior user(double value) {
        if (!(value > 0 && value < 1)) throw new IllegalArgumentException("an anomaly prior must be in (0, 1), got " + value);
        return new ProjectPrior(value, "supplied by the user");
    }
}
