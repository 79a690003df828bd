package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.TreeParams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Is this stage step broken? Boosted trees over step rows ({@link StepFeatures}), learned mostly from generic
 * defects planted into the upper image of steps the curator did not reject (labelled normal sets and unlabelled
 * ones): clean = 0, planted = 1. Real breaks (the step just above the member the curator kept) and the clean
 * steps below it may be added with weight {@code realWeight}, chosen on inner folds. A set's score is its most
 * broken-looking step: a break made at a lower stage survives into the top, and only the step where it entered
 * shows it (the decide probe: 0.89 vs 0.64 oracle recall when only the last step is looked at).
 */
final class StepDetector {
    static final String FILE = "steps.ubj";
    private final BoostedTrees trees;

    private StepDetector(BoostedTrees trees) {
        this.trees = trees;
    }

    /** A set's score and the step it blames (index into its steps; -1 with no step). */
    record Score(double probability, int step, double[] perStep) {
    }

    /**
     * {@code labelled} are the training side's decided sets, {@code unlabelled} sets of the same projects without a
     * decision (planted defects only). Without {@code planted} (the ablation), normal sets give their clean steps
     * and broken ones their real break, nothing else.
     */
    static StepDetector fit(List<SetExample> labelled, List<SetExample> unlabelled, StepTable table, double realWeight,
                            boolean planted, TreeParams params) {
        Rows rows = new Rows();
        for (SetExample s : labelled) {
            if (!s.anomaly()) rows.synthetic(table.steps(s), planted);
            else if (realWeight > 0) rows.real(s, table.steps(s), realWeight);
        }
        if (planted) for (SetExample s : unlabelled) rows.synthetic(table.steps(s), true);
        if (rows.positives == 0 || rows.positives == rows.labels.size()) {
            throw new IllegalArgumentException("the step detector needs clean and broken steps to learn from, got "
                    + rows.positives + " broken of " + rows.labels.size() + " (is the step evidence embedded?)");
        }
        return new StepDetector(BoostedTrees.train(rows.matrix(), rows.labelArray(), null, rows.weightArray(), params));
    }

    /** Per set: its score (NaN with no step evidence), blamed step and every step's probability. */
    List<Score> score(List<SetExample> sets, StepTable table) {
        List<float[]> rows = new ArrayList<>();
        for (SetExample s : sets) for (StepTable.Step st : table.steps(s)) rows.add(st.clean().row());
        float[] p = trees.predict(matrix(rows));
        List<Score> out = new ArrayList<>();
        int k = 0;
        for (SetExample s : sets) {
            List<StepTable.Step> steps = table.steps(s);
            double[] per = new double[steps.size()];
            int best = -1;
            for (int i = 0; i < per.length; i++) {
                per[i] = p[k++];
                if (best < 0 || per[i] > per[best]) best = i;
            }
            out.add(new Score(best < 0 ? Double.NaN : per[best], best, per));
        }
        return out;
    }

    void save(Path dir) {
        trees.save(dir.resolve(FILE));
    }

    static StepDetector load(Path dir) {
        return new StepDetector(BoostedTrees.load(dir.resolve(FILE)));
    }

    /** The index of the member just below a step (the one to keep when the step broke); -1 if not in the set. */
    static int memberBelow(SetExample s, StepTable.Step step) {
        return s.memberAt(step.lowerStage());
    }

    private static FeatureMatrix matrix(List<float[]> rows) {
        FeatureMatrix.Builder b = new FeatureMatrix.Builder(StepFeatures.NAMES.size());
        rows.forEach(b::add);
        return b.build();
    }

    /** Training rows with their labels and weights. */
    private static final class Rows {
        final List<float[]> rows = new ArrayList<>();
        final List<Float> labels = new ArrayList<>();
        final List<Float> weights = new ArrayList<>();
        int positives;

        void add(float[] row, boolean broken, double weight) {
            rows.add(row);
            labels.add(broken ? 1f : 0f);
            weights.add((float) weight);
            if (broken) positives++;
        }

        void synthetic(List<StepTable.Step> steps, boolean planted) {
            for (StepTable.Step st : steps) {
                for (StepTable.Variant v : st.variants()) if (planted || v.planted() == null) add(v.row(), v.planted() != null, 1);
            }
        }

        /**
         * The curator kept member {@code chosen}: the step from it to the next one up is where the break entered;
         * steps below it are clean; steps above carry the break on without showing it (left out).
         */
        void real(SetExample s, List<StepTable.Step> steps, double weight) {
            double keptStage = s.member(s.chosen()).stage();
            for (StepTable.Step st : steps) {
                if (st.lowerStage() == keptStage) add(st.clean().row(), true, weight);
                else if (st.upperStage() <= keptStage) add(st.clean().row(), false, weight);
            }
        }

        FeatureMatrix matrix() {
            return StepDetector.matrix(rows);
        }

        float[] labelArray() {
            float[] out = new float[labels.size()];
            for (int i = 0; i < out.length; i++) out[i] = labels.get(i);
            return out;
        }

        float[] weightArray() {
            float[] out = new float[weights.size()];
            for (int i = 0; i < out.length; i++) out[i] = weights.get(i);
            return out;
        }
    }
}
