package dev.winnow.learn.anomaly;

import java.util.Locale;

/** The anomaly base rate assumed for one project, and where it came from (shown in every report). */
public record ProjectPrior(double value, String source) {
    /** Below this many labeled sets a project's own rate is too noisy; the EM estimate is used instead. */
    public static final int MIN_LABELED = 50;

    /**
     * From the model's probabilities on the project's sets, without their labels: by black-box shift estimation
     * when the training folds gave a usable operating point ({@link ShiftGauge}), else by the EM procedure of
     * Saerens et al. EM feeds its estimate back into the probabilities; when a new project's content makes them all
     * run high (covariate shift, not more anomalies) it climbs towards 100% — measured on the demo: 99.5% for a
     * project at 52% — while the gauge's linear correction moves only as far as the flagged share does.
     */
    static ProjectPrior estimated(double[] pooled, double trainPrior, ShiftGauge gauge) {
        if (gauge != null && gauge.usable()) {
            return new ProjectPrior(gauge.estimate(pooled), String.format(Locale.ROOT,
                    "estimated without labels from %d sets (share above %.2f corrected by out-of-fold TPR %.2f, FPR %.2f)",
                    pooled.length, gauge.cut(), gauge.tpr(), gauge.fpr()));
        }
        return new ProjectPrior(PriorShift.estimate(pooled, trainPrior),
                "estimated without labels from " + pooled.length + " sets (EM)");
    }

    static ProjectPrior training(double trainPrior) {
        return new ProjectPrior(trainPrior, "training base rate");
    }

    /** The project's own labeled rate, smoothed (Laplace) so that 0 of 60 does not become an impossible 0. */
    public static ProjectPrior fromLabels(int anomalies, int labeled) {
        return new ProjectPrior((anomalies + 1.0) / (labeled + 2.0),
                String.format(Locale.ROOT, "from %d labeled sets of the project (%d anomalies)", labeled, anomalies));
    }

    public static ProjectPrior user(double value) {
        if (!(value > 0 && value < 1)) throw new IllegalArgumentException("an anomaly prior must be in (0, 1), got " + value);
        return new ProjectPrior(value, "supplied by the user");
    }
}
