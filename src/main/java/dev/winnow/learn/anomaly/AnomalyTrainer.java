package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.OutOfFold;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains the anomaly detector, calibrates it on out-of-fold probabilities, and picks the operating threshold for
 * the target precision on those same out-of-fold probabilities after moving each training project to its own
 * estimated base rate — exactly what happens to a new project at prediction time.
 */
public final class AnomalyTrainer {
    public static final double TARGET_PRECISION = 0.9;
    private final TreeParams params;

    public AnomalyTrainer(LearnSettings settings) {
        this.params = TreeParams.classifier(settings);
    }

    public TreeParams params() {
        return params;
    }

    /** Raw out-of-fold probabilities of one held-out project part, and the base rate its model trained under. */
    private record FoldScores(List<SetExample> sets, double[] raw, double trainPrior) {
    }

    private static List<FoldScores> byProject(AnomalyModel m, List<SetExample> test) {
        List<FoldScores> out = new ArrayList<>();
        for (List<SetExample> project : Folds.byProject(test).values()) {
            out.add(new FoldScores(project, m.raw(project), m.trainPrior()));
        }
        return out;
    }

    /** {@code fitted} runs after each model fit (inner folds, then the final one), for progress. */
    public Trained<AnomalyModel, AnomalyOutcome> train(List<SetExample> sets, FeatureSchema schema, Runnable fitted) {
        List<FoldScores> parts = OutOfFold.predict(Folds.inner(sets, params.seed()),
                train -> AnomalyModel.fit(train, schema, params), AnomalyTrainer::byProject, fitted);
        List<SetExample> order = new ArrayList<>();
        parts.forEach(p -> order.addAll(p.sets()));
        int n = order.size();
        double[] raw = new double[n];
        boolean[] truth = new boolean[n];
        int k = 0;
        for (FoldScores p : parts) for (double r : p.raw()) raw[k++] = r;
        for (int i = 0; i < n; i++) truth[i] = order.get(i).anomaly();
        Calibration calibration = Calibration.fit(raw, truth);

        double[] calibrated = new double[n];
        for (int i = 0; i < n; i++) calibrated[i] = calibration.apply(raw[i]);
        ShiftGauge gauge = ShiftGauge.fit(calibrated, truth);

        double[] shifted = new double[n];
        ProjectPrior[] priors = new ProjectPrior[n];
        k = 0;
        for (FoldScores p : parts) {
            double[] pooled = Arrays.copyOfRange(calibrated, k, k + p.raw().length);
            ProjectPrior prior = ProjectPrior.estimated(pooled, p.trainPrior(), gauge);
            for (double x : pooled) {
                shifted[k] = PriorShift.adjust(x, p.trainPrior(), prior.value());
                priors[k++] = prior;
            }
        }
        double threshold = BinaryMetrics.thresholdForPrecision(shifted, truth, TARGET_PRECISION);
        List<AnomalyOutcome> oof = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SetExample s = order.get(i);
            oof.add(new AnomalyOutcome(s.projectId(), s.setId(), truth[i], shifted[i], shifted[i] >= threshold,
                    priors[i].value(), priors[i].source(), AnomalyOutcome.topStep(s)));
        }
        AnomalyModel model = AnomalyModel.fit(sets, schema, params).calibrated(calibration, TARGET_PRECISION, threshold, gauge);
        fitted.run();
        return new Trained<>(model, oof);
    }
}
