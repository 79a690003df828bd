package dev.winnow.learn;

import dev.winnow.common.CropBox;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.store.PredictionRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the models say about singles (sets of one): the crop proposer's box for the one picture, nothing else. The
 * ranker and the anomaly detector have nothing to compare in a set of one, and no model learns whether a single is
 * kept or rejected: the pick is the picture with confidence zero, so that no auto-accept cut ever keeps a single for
 * the curator, and the reason says so.
 */
final class SinglePredictions {
    /** The confidence of keeping a single: no model says, and an auto-accept cut must never take it. */
    static final double UNKNOWN = 0.0;
    static final String REASON = "a single picture: no model says whether you keep it; the crop shown is the AI's proposal";

    private SinglePredictions() {
    }

    static List<PredictionRow> rows(List<SetExample> singles, CropModel crop, Map<String, String> versions, String now) {
        List<CropBox> boxes = crop == null || singles.isEmpty() ? null : crop.propose(singles, new int[singles.size()]);
        List<PredictionRow> out = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            SetExample s = singles.get(i);
            out.add(new PredictionRow(s.setId(), s.member(0).fileId(), UNKNOWN, 0.0,
                    boxes == null ? null : Predictor.proposedCrop(boxes.get(i)), REASON, null, null,
                    versions.get(ModelKind.CROP.id()), Map.of(), now));
        }
        return out;
    }
}
