package dev.winnow.learn;

import dev.winnow.common.CropBox;

import java.util.ArrayList;
import java.util.List;

/** Trains the crop proposer on sets with a known crop; its own report compares out-of-fold crops to the baselines. */
final class CropTrainer {
    private final TreeParams params;

    CropTrainer(LearnSettings settings) {
        this.params = TreeParams.regressor(settings);
    }

    TreeParams params() {
        return params;
    }

    Trained<CropModel, CropOutcome> train(List<SetExample> sets, FeatureSchema schema) {
        List<SetExample> withCrop = CropModel.withCrop(sets);
        List<CropOutcome> oof = OutOfFold.predict(Folds.inner(withCrop, params.seed()),
                train -> CropModel.fit(train, schema, params), CropTrainer::outcomes);
        return new Trained<>(CropModel.fit(withCrop, schema, params), oof);
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
