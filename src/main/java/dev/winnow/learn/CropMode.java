package dev.winnow.learn;

import dev.winnow.common.CropBox;

import java.util.List;
import java.util.function.Function;

/**
 * How the crop proposer answers: with its regressions, or with a constant when the regressions did no better out
 * of fold — the median crop of the image's bucket, or the whole image. Chosen on the training side's inner folds,
 * so a held-out project never influences it; a tie goes to the simpler answer.
 */
public enum CropMode {
    FULL_IMAGE, BUCKET_MEDIAN, REGRESSION;

    /** The mode with the best mean IoU on out-of-fold outcomes of the regressions (which carry both constants). */
    static CropMode best(List<CropOutcome> outOfFold) {
        CropMode best = FULL_IMAGE;
        double bestIou = meanIou(outOfFold, FULL_IMAGE);
        for (CropMode m : List.of(BUCKET_MEDIAN, REGRESSION)) {
            double iou = meanIou(outOfFold, m);
            if (iou > bestIou) {
                best = m;
                bestIou = iou;
            }
        }
        return best;
    }

    /** The box this mode gives for an outcome whose {@code predicted} is the regressions' answer. */
    CropBox box(CropOutcome o) {
        return switch (this) {
            case FULL_IMAGE -> CropBox.FULL;
            case BUCKET_MEDIAN -> o.bucketMedian();
            case REGRESSION -> o.predicted();
        };
    }

    private static double meanIou(List<CropOutcome> outcomes, CropMode mode) {
        Function<CropOutcome, CropBox> box = mode::box;
        return outcomes.stream().mapToDouble(o -> box.apply(o).iou(o.truth())).average().orElse(Double.NaN);
    }
}
