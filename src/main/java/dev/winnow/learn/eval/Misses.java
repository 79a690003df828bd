package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;

import java.util.List;

/** Examples the report shows: sets where the pick was wrong, and the worst crops. */
public record Misses(List<PickMiss> picks, List<CropMiss> crops) {

    /** A wrong pick: the members (file id, name, stage, width/height), the curator's and the model's choice, scores. */
    public record PickMiss(String projectId, long setId, List<Long> fileIds, List<String> names, double[] stages,
                           double[] aspects, int chosen, int picked, double[] scores, double confidence) {
    }

    /** A crop far from the curator's, on an image of the given width/height. */
    public record CropMiss(String projectId, long setId, long fileId, String name, double aspect, CropBox truth,
                           CropBox predicted, double iou) {
    }
}
