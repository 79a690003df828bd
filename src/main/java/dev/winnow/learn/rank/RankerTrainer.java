package dev.winnow.learn.rank;

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
 * Trains the ranker on all given sets, its confidence curve on out-of-fold margins (the probability that the
 * top-scored member is the curator's pick, as a function of how far it leads), and how often its best lower
 * member is right on out-of-fold anomaly sets with a choice among several lower members.
 */
public final class RankerTrainer {
    private final TreeParams params;

    public RankerTrainer(LearnSettings settings) {
        this.params = TreeParams.ranker(settings);
    }

    public TreeParams params() {
        return params;
    }

    /** {@code fitted} runs after each model fit (inner folds, then the final one), for progress. */
    public Trained<RankerModel, PickOutcome> train(List<SetExample> sets, FeatureSchema schema, Runnable fitted) {
        List<PickOutcome> oof = OutOfFold.predict(Folds.inner(sets, params.seed()),
                train -> RankerModel.fit(train, schema, params), RankerTrainer::outcomes, fitted);
        double[] margins = new double[oof.size()];
        boolean[] right = new boolean[oof.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = Scores.margin(oof.get(i).scores());
            right[i] = oof.get(i).pick() == oof.get(i).chosen();
        }
        Calibration confidence = Calibration.fit(margins, right);
        List<PickOutcome> calibrated = new ArrayList<>();
        for (int i = 0; i < oof.size(); i++) {
            PickOutcome o = oof.get(i);
            calibrated.add(new PickOutcome(o.projectId(), o.setId(), o.stages(), o.chosen(), o.scores(), o.pick(),
                    confidence.apply(margins[i])));
        }
        RankerModel model = RankerModel.fit(sets, schema, params).withConfidence(confidence, lowerAccuracy(oof));
        fitted.run();
        return new Trained<>(model, calibrated);
    }

    /** Laplace-smoothed share of anomaly sets with 2+ lower members whose best-scored lower member was chosen. */
    static double lowerAccuracy(List<PickOutcome> oof) {
        int n = 0, right = 0;
        for (PickOutcome o : oof) {
            if (!o.anomaly() || o.highest() < 2) continue;
            n++;
            if (Scores.bestLower(o.scores()) == o.chosen()) right++;
        }
        return (right + 1.0) / (n + 2.0);
    }

    public static List<PickOutcome> outcomes(RankerModel model, List<SetExample> sets) {
        List<double[]> scores = model.scores(sets);
        List<PickOutcome> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            SetExample s = sets.get(i);
            double[] sc = scores.get(i);
            out.add(new PickOutcome(s.projectId(), s.setId(), s.stages(), s.chosen(), sc, Scores.argmax(sc),
                    model.confidence(sc)));
        }
        return out;
    }
}
