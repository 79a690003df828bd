package dev.winnow.learn;

import dev.winnow.common.CropBox;

import java.util.ArrayList;
import java.util.List;

/** Trains the crop proposer on sets with a known crop; its own report compares out-of-fold crops to the baselines. */
final class CropTrainer {
    private final LearnSettings settings;

    CropTrainer(LearnSettings settings) {
        this.settings = settings;
    }

    /** The regressions' configuration (the crop-or-not gate uses {@link TreeParams#classifier}). */
    TreeParams params() {
        return TreeParams.regressor(settings);
    }

    /** {@code fitted} runs after each model fit (inner folds, then the final one), for progress. */
    Trained<CropModel, CropOutcome> train(List<SetExample> sets, FeatureSchema schema, Runnable fitted) {
        List<SetExample> withCrop = CropModel.withCrop(sets);
        List<CropOutcome> oof = OutOfFold.predict(Folds.inner(withCrop, settings.seed()),
                train -> CropModel.fit(train, schema, settings), CropTrainer::outcomes, fitted);
        CropModel model = CropModel.fit(withCrop, schema, settings);
        fitted.run();
        return new Trained<>(model, oof);
    }

    /** The crop of each set's kept image (the curator's choice, so crop quality is judged apart from the pick). */
    static List<CropOutcome> outcomes(CropModel model, List<SetExample> sets) {
        List<SetExample> withCrop = CropModel.withCrop(sets);
        int[] members = withCrop.stream().mapToInt(SetExample::chosen).toArray();
        List<CropBox> boxes = model.propose(withCrop, members);
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
