package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;

import java.nio.file.Path;
import java.util.List;

/**
 * Per set, the probability that the highest stage is not the curator's pick. The trees learn under the pooled
 * base rate of the training projects ({@code trainPrior}); the calibrated probability is then moved to the base
 * rate of the project being judged (see {@link PriorShift}), because that rate differs wildly between projects.
 * {@code threshold} is the operating point chosen on training folds for {@code targetPrecision}.
 */
public final class AnomalyModel {
    static final ModelKind KIND = ModelKind.ANOMALY;
    private static final String FILE = "anomaly.ubj";

    /** {@code gauge} is null in models saved before it existed; they estimate a project's rate by EM alone. */
    record State(FeatureSchema schema, DeviationBasis basis, Calibration calibration, double trainPrior,
                 double targetPrecision, double threshold, List<String> features, ShiftGauge gauge) {
    }

    private final State state;
    private final BoostedTrees trees;
    private final AnomalyFeatures features;

    private AnomalyModel(State state, BoostedTrees trees) {
        this.state = state;
        this.trees = trees;
        this.features = new AnomalyFeatures(state.schema(), state.basis());
        ModelChecks.sameFeatures(KIND, state.features(), features.names());
    }

    static AnomalyModel fit(List<SetExample> sets, FeatureSchema schema, TreeParams params) {
        int anomalies = (int) sets.stream().filter(SetExample::anomaly).count();
        if (anomalies == 0 || anomalies == sets.size()) {
            throw new IllegalArgumentException("the anomaly detector needs both kinds of set in its training data, got "
                    + anomalies + " anomalies in " + sets.size() + " sets");
        }
        DeviationBasis basis = DeviationBasis.fit(sets, params.seed());
        AnomalyFeatures f = new AnomalyFeatures(schema, basis);
        float[] labels = new float[sets.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = sets.get(i).anomaly() ? 1 : 0;
        State st = new State(schema, basis, null, (double) anomalies / sets.size(), Double.NaN, Double.NaN, f.names(),
                null);
        return new AnomalyModel(st, BoostedTrees.train(f.rows(sets), labels, null, params));
    }

    AnomalyModel calibrated(Calibration calibration, double targetPrecision, double threshold, ShiftGauge gauge) {
        State s = state;
        return new AnomalyModel(new State(s.schema(), s.basis(), calibration, s.trainPrior(), targetPrecision,
                threshold, s.features(), gauge), trees);
    }

    public FeatureSchema schema() {
        return state.schema();
    }

    public List<String> featureNames() {
        return features.names();
    }

    public double trainPrior() {
        return state.trainPrior();
    }

    double threshold() {
        return state.threshold();
    }

    double targetPrecision() {
        return state.targetPrecision();
    }

    /** The trees' raw probabilities (under the training base rate, uncalibrated). */
    double[] raw(List<SetExample> sets) {
        float[] p = trees.predict(features.rows(sets));
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = p[i];
        return out;
    }

    /** Calibrated probabilities under the training base rate. */
    public double[] pooled(List<SetExample> sets) {
        double[] p = raw(sets);
        if (state.calibration() != null) for (int i = 0; i < p.length; i++) p[i] = state.calibration().apply(p[i]);
        return p;
    }

    /** Probabilities moved from the training base rate to the project's. */
    public double[] atPrior(double[] pooled, ProjectPrior prior) {
        double[] out = new double[pooled.length];
        for (int i = 0; i < out.length; i++) out[i] = PriorShift.adjust(pooled[i], state.trainPrior(), prior.value());
        return out;
    }

    /** The project's base rate as estimated from the model's own pooled probabilities on its sets (no labels). */
    ProjectPrior estimatePrior(double[] pooled) {
        return ProjectPrior.estimated(pooled, state.trainPrior(), state.gauge());
    }

    public boolean flagged(double probability) {
        return probability >= state.threshold();
    }

    public void save(Path dir) {
        trees.save(dir.resolve(FILE));
        JsonFiles.write(dir.resolve(ModelChecks.STATE_FILE), state);
    }

    public static AnomalyModel load(Path dir) {
        return new AnomalyModel(JsonFiles.read(dir.resolve(ModelChecks.STATE_FILE), State.class),
                BoostedTrees.load(dir.resolve(FILE)));
    }
}
