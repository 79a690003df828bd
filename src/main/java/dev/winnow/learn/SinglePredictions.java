package dev.winnow.learn;

import dev.winnow.common.CropBox;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.keep.KeepModel;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.store.PredictionRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the models say about singles (sets of one): the crop proposer's box for the one picture and the keep
 * model's suggestion. The ranker and the anomaly detector have nothing to compare in a set of one. With a keep
 * model the pick is the picture when P(keep) reaches one half, with that probability as its confidence, else no pick
 * (reject the set) with confidence 1 − P(keep): the reviewer suggests rejecting, and auto-accept, which only ever
 * keeps a member, leaves it to the curator. Without one the pick is the picture with confidence zero, so that no
 * auto-accept cut ever keeps a single for the curator, and the reason says so.
 */
final class SinglePredictions {
    /** The confidence of keeping a single when no model says: an auto-accept cut must never take it. */
    static final double UNKNOWN = 0.0;
    static final String REASON = "a single picture: no model says whether you keep it; the crop shown is the AI's proposal";

    private final CropModel crop;
    private final KeepModel keep;

    /** Either model may be null (not trained, or refused). */
    SinglePredictions(CropModel crop, KeepModel keep) {
        this.crop = crop;
        this.keep = keep;
    }

    List<PredictionRow> rows(List<SetExample> singles, Map<String, String> versions, String now) {
        List<PredictionRow> out = new ArrayList<>();
        if (singles.isEmpty()) return out;
        List<CropBox> boxes = crop == null ? null : crop.propose(singles, new int[singles.size()]);
        double[] keepP = keep == null ? null : keep.keepProbabilities(singles);
        for (int i = 0; i < singles.size(); i++) {
            SetExample s = singles.get(i);
            CropBox box = boxes == null ? null : Predictor.proposedCrop(boxes.get(i));
            Long pick = s.member(0).fileId();
            double confidence = UNKNOWN;
            String reason = REASON;
            if (keepP != null) {
                boolean keeps = keepP[i] >= KeepModel.KEEP_FROM;
                pick = keeps ? pick : null;
                confidence = keeps ? keepP[i] : 1 - keepP[i];
                reason = String.format(Locale.ROOT, "a single picture: the keep model (%s) gives %.0f%% that you keep it%s",
                        versions.get(ModelKind.KEEP.id()), 100 * keepP[i],
                        keeps ? "; the crop shown is the AI's proposal" : ", so it suggests rejecting it");
            }
            out.add(new PredictionRow(s.setId(), pick, confidence, 0.0, box, reason, null, null,
                    versions.get(ModelKind.CROP.id()), Map.of(), now));
        }
        return out;
    }
}
