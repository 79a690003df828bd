package dev.winnow.learn.rank;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.TreesWithState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores the members of a set with one query group per set; the top score is the pick. */
public final class RankerModel {
    static final ModelKind KIND = ModelKind.RANKER;
    private static final String FILE = "ranker.ubj";

    /** Everything besides the trees that inference needs, saved as JSON next to them. */
    record State(FeatureSchema schema, DeviationBasis basis, Calibration confidence, double lowerAccuracy,
                 List<String> features) {
    }

    private final State state;
    private final BoostedTrees trees;
    private final RankFeatures features;

    private RankerModel(State state, BoostedTrees trees) {
        this.state = state;
        this.trees = trees;
        this.features = new RankFeatures(state.schema(), state.basis());
        ModelChecks.sameFeatures(KIND, state.features(), features.names());
    }

    public static RankerModel fit(List<SetExample> sets, FeatureSchema schema, TreeParams params) {
        DeviationBasis basis = DeviationBasis.fit(sets, params.seed());
        RankFeatures f = new RankFeatures(schema, basis);
        FeatureMatrix x = f.rows(sets);
        float[] labels = new float[x.rows()];
        int[] groups = new int[sets.size()];
        int row = 0;
        for (int g = 0; g < sets.size(); g++) {
            SetExample s = sets.get(g);
            groups[g] = s.size();
            for (int i = 0; i < s.size(); i++) labels[row++] = i == s.chosen() ? 1 : 0;
        }
        return new RankerModel(new State(schema, basis, null, Double.NaN, f.names()),
                BoostedTrees.train(x, labels, groups, params));
    }

    /**
     * With its confidence curve, and how often its best lower member was the curator's pick when the highest
     * stage was not (both measured out of fold).
     */
    RankerModel withConfidence(Calibration confidence, double lowerAccuracy) {
        State s = state;
        return new RankerModel(new State(s.schema(), s.basis(), confidence, lowerAccuracy, s.features()), trees);
    }

    public double lowerAccuracy() {
        return state.lowerAccuracy();
    }

    public FeatureSchema schema() {
        return state.schema();
    }

    public List<String> featureNames() {
        return features.names();
    }

    /** Member scores per set, in the sets' order. */
    public List<double[]> scores(List<SetExample> sets) {
        float[] raw = trees.predict(features.rows(sets));
        List<double[]> out = new ArrayList<>(sets.size());
        int row = 0;
        for (SetExample s : sets) {
            double[] sc = new double[s.size()];
            for (int i = 0; i < sc.length; i++) sc[i] = raw[row++];
            out.add(sc);
        }
        return out;
    }

    /** Calibrated probability that the top-scored member is the curator's pick (NaN before calibration). */
    public double confidence(double[] scores) {
        return state.confidence() == null ? Double.NaN : state.confidence().apply(Scores.margin(scores));
    }

    public void save(Path dir) {
        new TreesWithState<>(trees, state).save(dir, FILE);
    }

    public static RankerModel load(Path dir) {
        TreesWithState<State> saved = TreesWithState.load(dir, FILE, State.class);
        return new RankerModel(saved.state(), saved.trees());
    }
}
