package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the crop proposer answers: with one of its learned models — linear models on where the subject is
 * ({@link AnchoredCrop}) or trees over all features ({@link CropRegressor}) — or with a constant when neither did
 * better out of fold: the median crop of the image's bucket, or the whole image. Chosen on the training side's
 * inner folds, so a held-out project never influences it; a tie goes to the simpler answer (declaration order).
 */
public enum CropMode {
    FULL_IMAGE, BUCKET_MEDIAN, ANCHORED, REGRESSION;

    public boolean learned() {
        return this == ANCHORED || this == REGRESSION;
    }

    /**
     * The mode with the best mean IoU out of fold. {@code outOfFold} holds, per learned mode, its answers for the
     * same held-out crops (each outcome also carries both constants).
     */
    static CropMode best(Map<CropMode, List<CropOutcome>> outOfFold) {
        List<CropOutcome> any = outOfFold.values().iterator().next();
        CropMode best = FULL_IMAGE;
        double bestIou = meanIou(any, FULL_IMAGE);
        for (CropMode m : List.of(BUCKET_MEDIAN, ANCHORED, REGRESSION)) {
            List<CropOutcome> outcomes = m.learned() ? outOfFold.get(m) : any;
            if (outcomes == null) continue;
            double iou = meanIou(outcomes, m);
            if (iou > bestIou) {
                best = m;
                bestIou = iou;
            }
        }
        return best;
    }

    /** The box this mode gives for an outcome whose {@code predicted} is a learned mode's answer. */
    CropBox box(CropOutcome o) {
        return switch (this) {
            case FULL_IMAGE -> CropBox.FULL;
            case BUCKET_MEDIAN -> o.bucketMedian();
            case ANCHORED, REGRESSION -> o.predicted();
        };
    }

    private static double meanIou(List<CropOutcome> outcomes, CropMode mode) {
        Function<CropOutcome, CropBox> box = mode::box;
        return outcomes.stream().mapToDouble(o -> box.apply(o).iou(o.truth())).average().orElse(Double.NaN);
    }
}
