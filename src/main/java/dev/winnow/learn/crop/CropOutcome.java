package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;

/** A proposed crop for one held-out kept image beside the truth and the constant baselines fitted on training data. */
public record CropOutcome(String projectId, long setId, int width, int height, CropBox truth, CropBox predicted,
                          CropBox bucketMedian, CropBox globalMedian) {
}
