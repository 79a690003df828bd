package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.learn.crop.CropOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * Proposed crops against the curator's, beside three constant answers fitted on training data: the full image
 * (= no crop), the median box over all training crops and the median box of the image's size/aspect bucket.
 * Boundary displacement is the mean absolute distance of the four edges, in image fractions.
 */
public record CropMetrics(Comparison meanIou, Comparison shareIouAtLeast80, Comparison shareWithin05,
                          Comparison boundaryDisplacement, Map<String, Comparison> meanIouPerProject,
                          int[] iouHistogram, int[] iouHistogramBucketMedian) {
    public static final String FULL = "full_image";
    public static final String GLOBAL = "global_median_box";
    public static final String BUCKET = "bucket_median_box";
    public static final int HISTOGRAM_BINS = 10;

    public static CropMetrics of(List<CropOutcome> outcomes) {
        Map<String, List<CropOutcome>> by = new LinkedHashMap<>();
        for (CropOutcome o : outcomes) by.computeIfAbsent(o.projectId(), k -> new ArrayList<>()).add(o);
        Map<String, Comparison> perProject = new LinkedHashMap<>();
        by.forEach((p, list) -> perProject.put(p, compare(list, CropBox::iou)));
        return new CropMetrics(compare(outcomes, CropBox::iou),
                compare(outcomes, (a, b) -> a.iou(b) >= 0.8 ? 1 : 0),
                compare(outcomes, (a, b) -> a.maxCoordinateError(b) <= 0.05 ? 1 : 0),
                compare(outcomes, CropMetrics::boundaryDisplacement), perProject,
                histogram(outcomes, CropOutcome::predicted), histogram(outcomes, CropOutcome::bucketMedian));
    }

    static double boundaryDisplacement(CropBox a, CropBox b) {
        return (Math.abs(a.x1() - b.x1()) + Math.abs(a.y1() - b.y1()) + Math.abs(a.x2() - b.x2())
                + Math.abs(a.y2() - b.y2())) / 4;
    }

    private static Comparison compare(List<CropOutcome> list, ToDoubleBiFunction<CropBox, CropBox> metric) {
        return Comparison.of(list.size(), mean(list, CropOutcome::predicted, metric), FULL,
                mean(list, o -> CropBox.FULL, metric), GLOBAL, mean(list, CropOutcome::globalMedian, metric), BUCKET,
                mean(list, CropOutcome::bucketMedian, metric));
    }

    private static double mean(List<CropOutcome> list, Function<CropOutcome, CropBox> which,
                               ToDoubleBiFunction<CropBox, CropBox> metric) {
        if (list.isEmpty()) return Double.NaN;
        double s = 0;
        for (CropOutcome o : list) s += metric.applyAsDouble(which.apply(o), o.truth());
        return s / list.size();
    }

    private static int[] histogram(List<CropOutcome> list, Function<CropOutcome, CropBox> which) {
        int[] h = new int[HISTOGRAM_BINS];
        for (CropOutcome o : list) h[Math.min(HISTOGRAM_BINS - 1, (int) (which.apply(o).iou(o.truth()) * HISTOGRAM_BINS))]++;
        return h;
    }
}
