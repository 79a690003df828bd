package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.OutOfFold;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Trains the crop proposer on sets with a known crop; its own report compares out-of-fold crops to the baselines. */
public final class CropTrainer {
    private final LearnSettings settings;

    public CropTrainer(LearnSettings settings) {
        this.settings = settings;
    }

    /** The regressions' configuration (the crop-or-not gate uses {@link TreeParams#classifier}). */
    public TreeParams params() {
        return TreeParams.regressor(settings);
    }

    /**
     * Trains, and picks the {@link CropMode} with the best out-of-fold IoU; the out-of-fold outcomes returned are
     * that mode's. {@code fitted} runs after each model fit (inner folds, then the final one), for progress.
     */
    public Trained<CropModel, CropOutcome> train(List<SetExample> sets, FeatureSchema schema, Runnable fitted) {
        List<SetExample> withCrop = CropModel.withCrop(sets);
        List<Map<CropMode, CropOutcome>> oof = OutOfFold.predict(Folds.inner(withCrop, settings.seed()),
                train -> CropModel.fit(train, schema, settings), CropTrainer::learnedAnswers, fitted);
        Map<CropMode, List<CropOutcome>> byMode = new EnumMap<>(CropMode.class);
        for (Map<CropMode, CropOutcome> answers : oof) {
            answers.forEach((m, o) -> byMode.computeIfAbsent(m, k -> new ArrayList<>()).add(o));
        }
        CropMode mode = CropMode.best(byMode);
        CropModel model = CropModel.fit(withCrop, schema, settings).withMode(mode);
        fitted.run();
        List<CropOutcome> chosen = byMode.get(mode.learned() ? mode : CropMode.REGRESSION).stream()
                .map(o -> new CropOutcome(o.projectId(), o.setId(), o.width(), o.height(), o.truth(), mode.box(o),
                        o.bucketMedian(), o.globalMedian())).toList();
        return new Trained<>(model, chosen);
    }

    /** Each held-out crop as answered by every learned mode. */
    private static List<Map<CropMode, CropOutcome>> learnedAnswers(CropModel model, List<SetExample> test) {
        List<CropOutcome> anchored = outcomes(model, test, (s, m) -> model.propose(CropMode.ANCHORED, s, m));
        List<CropOutcome> trees = outcomes(model, test, (s, m) -> model.propose(CropMode.REGRESSION, s, m));
        List<Map<CropMode, CropOutcome>> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) out.add(Map.of(CropMode.ANCHORED, anchored.get(i), CropMode.REGRESSION, trees.get(i)));
        return out;
    }

    /** The crop of each set's kept image (the curator's choice, so crop quality is judged apart from the pick). */
    public static List<CropOutcome> outcomes(CropModel model, List<SetExample> sets) {
        return outcomes(model, sets, model::propose);
    }

    private static List<CropOutcome> outcomes(CropModel model, List<SetExample> sets,
                                              BiFunction<List<SetExample>, int[], List<CropBox>> propose) {
        List<SetExample> withCrop = CropModel.withCrop(sets);
        int[] members = withCrop.stream().mapToInt(SetExample::chosen).toArray();
        List<CropBox> boxes = propose.apply(withCrop, members);
        List<CropOutcome> out = new ArrayList<>();
        for (int i = 0; i < withCrop.size(); i++) {
            SetExample s = withCrop.get(i);
            Member m = s.member(s.chosen());
            out.add(new CropOutcome(s.projectId(), s.setId(), m.width(), m.height(), s.crop(), boxes.get(i),
                    model.buckets().median(m.width(), m.height()), model.buckets().global()));
        }
        return out;
    }
}
