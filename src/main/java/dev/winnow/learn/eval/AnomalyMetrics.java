package dev.winnow.learn.eval;

import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.fit.BinaryMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * The anomaly detector judged as a ranking (PR-AUC, recall at the target precision) and as probabilities
 * (calibration error; Brier score, which also rewards telling sets apart), beside constant predictors: the project's base rate (what PR-AUC a no-skill detector gets)
 * and the prior the detector assumed without the model. Also the curves the report draws and the behaviour at
 * the operating threshold (chosen on training folds for the target precision).
 */
public record AnomalyMetrics(Comparison prAuc, Comparison recallAtPrecision, Comparison calibrationError,
                             Comparison brier, double targetPrecision, int flagged, double precisionAtThreshold,
                             double recallAtThreshold, Map<String, ProjectAnomaly> perProject,
                             Map<String, StepAnomaly> perTopStep, List<BinaryMetrics.PrPoint> prCurve,
                             List<BinaryMetrics.Bin> calibration) {
    public static final String BASE_RATE = "base_rate";
    public static final String PRIOR = "prior_only";

    /** Per project: sets, anomalies, true base rate, the prior the detector assumed (and how), PR-AUC. */
    public record ProjectAnomaly(int sets, int anomalies, double baseRate, double prior, String priorSource,
                                 double prAuc) {
    }

    /**
     * The detector on the sets whose last stage step is one kind (e.g. "1.5→2"): how many, how many broken, its
     * PR-AUC there (NaN without both kinds) and how many broken ones it flagged.
     */
    public record StepAnomaly(int sets, int anomalies, double prAuc, int flaggedAnomalies) {
    }

    public static AnomalyMetrics of(List<AnomalyOutcome> outcomes, double targetPrecision) {
        double[] p = new double[outcomes.size()], prior = new double[outcomes.size()];
        boolean[] y = new boolean[outcomes.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = outcomes.get(i).probability();
            prior[i] = outcomes.get(i).prior();
            y[i] = outcomes.get(i).anomaly();
        }
        int n = p.length;
        double base = BinaryMetrics.rate(y);
        double[] constant = BinaryMetrics.constant(n, base);
        Comparison prAuc = Comparison.of(n, BinaryMetrics.averagePrecision(p, y), BASE_RATE,
                BinaryMetrics.averagePrecision(constant, y));
        Comparison recall = Comparison.of(n, BinaryMetrics.recallAtPrecision(p, y, targetPrecision), BASE_RATE,
                BinaryMetrics.recallAtPrecision(constant, y, targetPrecision));
        Comparison ece = Comparison.of(n, BinaryMetrics.calibrationError(p, y), PRIOR,
                BinaryMetrics.calibrationError(prior, y));
        Comparison brier = Comparison.of(n, BinaryMetrics.brier(p, y), PRIOR, BinaryMetrics.brier(prior, y));
        int flagged = 0, hits = 0, positives = 0;
        for (int i = 0; i < n; i++) {
            if (y[i]) positives++;
            if (outcomes.get(i).flagged()) {
                flagged++;
                if (y[i]) hits++;
            }
        }
        return new AnomalyMetrics(prAuc, recall, ece, brier, targetPrecision, flagged,
                flagged == 0 ? Double.NaN : (double) hits / flagged, positives == 0 ? Double.NaN : (double) hits / positives,
                perProject(outcomes), perTopStep(outcomes), BinaryMetrics.prCurve(p, y),
                BinaryMetrics.calibrationBins(p, y));
    }

    private static Map<String, ProjectAnomaly> perProject(List<AnomalyOutcome> outcomes) {
        Map<String, ProjectAnomaly> out = new LinkedHashMap<>();
        groups(outcomes, AnomalyOutcome::projectId).forEach((project, list) -> {
            boolean[] y = truths(list);
            // All sets of a held-out project share one prior; k folds of one project may differ slightly: mean.
            double prior = list.stream().mapToDouble(AnomalyOutcome::prior).average().orElse(Double.NaN);
            out.put(project, new ProjectAnomaly(list.size(), count(y), BinaryMetrics.rate(y), prior,
                    list.get(0).priorSource(), BinaryMetrics.averagePrecision(probabilities(list), y)));
        });
        return out;
    }

    private static Map<String, StepAnomaly> perTopStep(List<AnomalyOutcome> outcomes) {
        Map<String, StepAnomaly> out = new TreeMap<>();
        groups(outcomes, AnomalyOutcome::topStep).forEach((step, list) -> {
            boolean[] y = truths(list);
            int pos = count(y);
            double prAuc = pos == 0 || pos == y.length ? Double.NaN : BinaryMetrics.averagePrecision(probabilities(list), y);
            int caught = (int) list.stream().filter(o -> o.anomaly() && o.flagged()).count();
            out.put(step, new StepAnomaly(list.size(), pos, prAuc, caught));
        });
        return out;
    }

    private static Map<String, List<AnomalyOutcome>> groups(List<AnomalyOutcome> outcomes,
                                                            Function<AnomalyOutcome, String> key) {
        Map<String, List<AnomalyOutcome>> by = new LinkedHashMap<>();
        for (AnomalyOutcome o : outcomes) by.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
        return by;
    }

    private static boolean[] truths(List<AnomalyOutcome> list) {
        boolean[] y = new boolean[list.size()];
        for (int i = 0; i < y.length; i++) y[i] = list.get(i).anomaly();
        return y;
    }

    private static double[] probabilities(List<AnomalyOutcome> list) {
        return list.stream().mapToDouble(AnomalyOutcome::probability).toArray();
    }

    private static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) if (b) n++;
        return n;
    }
}
