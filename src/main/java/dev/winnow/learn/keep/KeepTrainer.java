package dev.winnow.learn.keep;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.OutOfFold;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the keep model on decided singles (kept and rejected), its calibration on out-of-fold scores from inner
 * folds (by project when there are enough projects, else by set), and returns those out-of-fold outcomes for its
 * own report.
 */
public final class KeepTrainer {
    /** Fewer kept or rejected singles than this and there is nothing to learn the difference from. */
    public static final int MIN_EACH = 10;
    private final TreeParams params;

    public KeepTrainer(LearnSettings settings) {
        this.params = TreeParams.classifier(settings);
    }

    public TreeParams params() {
        return params;
    }

    /** A held-out single and the trees' log-odds of keeping it, before calibration. */
    private record Scored(SetExample single, double score) {
    }

    /** {@code fitted} runs after each model fit (inner folds, then the final one), for progress. */
    public Trained<KeepModel, KeepOutcome> train(List<SetExample> decided, FeatureSchema schema, Runnable fitted) {
        requireBothKinds(decided);
        List<Scored> oof = OutOfFold.predict(Folds.inner(decided, params.seed()),
                train -> KeepModel.fit(requireBothKinds(train), schema, params), KeepTrainer::scored, fitted);
        double[] scores = oof.stream().mapToDouble(Scored::score).toArray();
        boolean[] kept = new boolean[oof.size()];
        for (int i = 0; i < kept.length; i++) kept[i] = KeepModel.kept(oof.get(i).single());
        Calibration calibration = Calibration.fit(scores, kept);
        List<KeepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            SetExample s = oof.get(i).single();
            outcomes.add(new KeepOutcome(s.projectId(), s.setId(), kept[i], calibration.apply(scores[i])));
        }
        KeepModel model = KeepModel.fit(decided, schema, params).withCalibration(calibration);
        fitted.run();
        return new Trained<>(model, outcomes);
    }

    /** Each held-out single judged by a model that did not see it. */
    public static List<KeepOutcome> outcomes(KeepModel model, List<SetExample> singles) {
        double[] p = model.keepProbabilities(singles);
        List<KeepOutcome> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            SetExample s = singles.get(i);
            out.add(new KeepOutcome(s.projectId(), s.setId(), KeepModel.kept(s), p[i]));
        }
        return out;
    }

    /** The singles, if they can teach the model; refused with fewer than {@value #MIN_EACH} of either kind. */
    public static List<SetExample> requireBothKinds(List<SetExample> decided) {
        long kept = decided.stream().filter(KeepModel::kept).count();
        long rejected = decided.size() - kept;
        if (kept < MIN_EACH || rejected < MIN_EACH) {
            throw new IllegalArgumentException("needs at least " + MIN_EACH + " kept and " + MIN_EACH
                    + " rejected singles, got " + kept + " kept and " + rejected + " rejected");
        }
        return decided;
    }

    private static List<Scored> scored(KeepModel model, List<SetExample> test) {
        double[] s = model.scores(test);
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) out.add(new Scored(test.get(i), s[i]));
        return out;
    }
}
