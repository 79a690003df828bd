package dev.winnow.learn.keep;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.features.EmbeddingProjection;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.TreesWithState;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether the curator keeps a single: boosted trees (binary logistic) over the picture's own features, their
 * output calibrated on out-of-fold predictions. A decided single is kept when it carries a label (its one member
 * chosen) and rejected when it does not: {@link dev.winnow.learn.data.Dataset#decidedSingles()} holds no other.
 */
public final class KeepModel {
    static final ModelKind KIND = ModelKind.KEEP;
    /** From this probability on the model suggests keeping; below it, rejecting. */
    public static final double KEEP_FROM = 0.5;
    private static final String FILE = "keep.ubj";

    /** Everything besides the trees that inference needs, saved as JSON next to them. */
    record State(FeatureSchema schema, EmbeddingProjection content, Calibration calibration, List<String> features) {
    }

    private final State state;
    private final BoostedTrees trees;
    private final KeepFeatures features;

    private KeepModel(State state, BoostedTrees trees) {
        this.state = state;
        this.trees = trees;
        this.features = new KeepFeatures(state.content());
        ModelChecks.sameFeatures(KIND, state.features(), features.names());
    }

    /** Whether a decided single was kept (see the class comment). */
    public static boolean kept(SetExample single) {
        return single.labeled();
    }

    static KeepModel fit(List<SetExample> decided, FeatureSchema schema, TreeParams params) {
        List<Member> pictures = pictures(decided);
        EmbeddingProjection content = EmbeddingProjection.fit(pictures.stream().map(Member::embedding).toList(),
                DeviationBasis.COMPONENTS, params.seed());
        KeepFeatures f = new KeepFeatures(content);
        float[] labels = new float[decided.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = kept(decided.get(i)) ? 1 : 0;
        return new KeepModel(new State(schema, content, null, f.names()),
                BoostedTrees.train(f.rows(pictures), labels, null, params));
    }

    KeepModel withCalibration(Calibration calibration) {
        return new KeepModel(new State(state.schema(), state.content(), calibration, state.features()), trees);
    }

    public FeatureSchema schema() {
        return state.schema();
    }

    public List<String> featureNames() {
        return features.names();
    }

    /** The trees' log-odds of keeping each single, before calibration. */
    double[] scores(List<SetExample> singles) {
        FeatureMatrix x = features.rows(pictures(singles));
        float[] p = trees.predict(x);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-6, Math.max(1e-6, p[i]));
            out[i] = Math.log(q / (1 - q));
        }
        return out;
    }

    /** Calibrated probability that the curator keeps each single (the trees' own before calibration). */
    public double[] keepProbabilities(List<SetExample> singles) {
        double[] s = scores(singles);
        for (int i = 0; i < s.length; i++) {
            s[i] = state.calibration() == null ? 1 / (1 + Math.exp(-s[i])) : state.calibration().apply(s[i]);
        }
        return s;
    }

    public void save(Path dir) {
        new TreesWithState<>(trees, state).save(dir, FILE);
    }

    public static KeepModel load(Path dir) {
        TreesWithState<State> saved = TreesWithState.load(dir, FILE, State.class);
        return new KeepModel(saved.state(), saved.trees());
    }

    private static List<Member> pictures(List<SetExample> singles) {
        return singles.stream().map(s -> s.member(0)).toList();
    }
}
