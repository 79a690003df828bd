package dev.winnow.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the anomaly detector, calibrates it on out-of-fold probabilities, and picks the operating threshold for
 * the target precision on those same out-of-fold probabilities after moving each training project to its own
 * estimated base rate — exactly what happens to a new project at prediction time.
 */
final class AnomalyTrainer {
    static final double TARGET_PRECISION = 0.9;
    private final TreeParams params;

    AnomalyTrainer(LearnSettings settings) {
        this.params = TreeParams.classifier(settings);
    }

    TreeParams params() {
        return params;
    }

    /** {@code fitted} runs after each model fit (inner folds, then the final one), for progress. */
    Trained<AnomalyModel, AnomalyOutcome> train(List<SetExample> sets, FeatureSchema schema, Runnable fitted) {
        List<double[]> raw = new ArrayList<>();
        List<SetExample> order = new ArrayList<>();
        List<Double> trainPriors = new ArrayList<>();
        for (Fold f : Folds.inner(sets, params.seed())) {
            AnomalyModel m = AnomalyModel.fit(f.train(), schema, params);
            for (List<SetExample> project : Folds.byProject(f.test()).values()) {
                raw.add(m.raw(project));
                order.addAll(project);
                trainPriors.add(m.trainPrior());
            }
            fitted.run();
        }
        int n = order.size();
        double[] flatRaw = new double[n];
        boolean[] truth = new boolean[n];
        int k = 0;
        for (double[] part : raw) for (double p : part) flatRaw[k++] = p;
        for (int i = 0; i < n; i++) truth[i] = order.get(i).anomaly();
        Calibration calibration = Calibration.fit(flatRaw, truth);

        double[] shifted = new double[n];
        ProjectPrior[] priors = new ProjectPrior[n];
        k = 0;
        for (int part = 0; part < raw.size(); part++) {
            double[] pooled = new double[raw.get(part).length];
            for (int i = 0; i < pooled.length; i++) pooled[i] = calibration.apply(raw.get(part)[i]);
            ProjectPrior prior = ProjectPrior.estimated(pooled, trainPriors.get(part));
            for (double p : pooled) {
                shifted[k] = PriorShift.adjust(p, trainPriors.get(part), prior.value());
                priors[k++] = prior;
            }
        }
        double threshold = BinaryMetrics.thresholdForPrecision(shifted, truth, TARGET_PRECISION);
        List<AnomalyOutcome> oof = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SetExample s = order.get(i);
            oof.add(new AnomalyOutcome(s.projectId(), s.setId(), truth[i], shifted[i], shifted[i] >= threshold,
                    priors[i].value(), priors[i].source()));
        }
        AnomalyModel model = AnomalyModel.fit(sets, schema, params).calibrated(calibration, TARGET_PRECISION, threshold);
        fitted.run();
        return new Trained<>(model, oof);
    }
}
