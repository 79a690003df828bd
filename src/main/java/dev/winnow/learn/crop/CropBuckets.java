package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The constant median crop box (coordinate-wise, like the old system's measured 0.688 baseline) per size/aspect
 * bucket, fitted on training crops. It is both the crop proposer's baseline and its fallback; a bucket with too
 * few training crops falls back to the median over all of them.
 */
public record CropBuckets(Map<String, CropBox> medians, Map<String, Integer> counts, CropBox global) {
    static final int MIN_BUCKET = 20;

    public CropBuckets {
        medians = new TreeMap<>(medians);
        counts = new TreeMap<>(counts);
    }

    /** Aspect class and size class of the long side, e.g. "portrait/l" for 1664x2432. */
    static String bucket(int width, int height) {
        double aspect = (double) width / height;
        String shape = aspect < 0.9 ? "portrait" : aspect > 1.1 ? "landscape" : "square";
        int longSide = Math.max(width, height);
        String size = longSide <= 1400 ? "s" : longSide <= 2600 ? "m" : "l";
        return shape + "/" + size;
    }

    public static CropBuckets fit(List<CropTarget> targets) {
        if (targets.isEmpty()) return new CropBuckets(Map.of(), Map.of(), CropBox.FULL);
        Map<String, List<CropBox>> by = new TreeMap<>();
        for (CropTarget t : targets) by.computeIfAbsent(bucket(t.width(), t.height()), k -> new ArrayList<>()).add(t.box());
        Map<String, CropBox> medians = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        by.forEach((k, boxes) -> {
            counts.put(k, boxes.size());
            if (boxes.size() >= MIN_BUCKET) medians.put(k, median(boxes));
        });
        return new CropBuckets(medians, counts, median(targets.stream().map(CropTarget::box).toList()));
    }

    public CropBox median(int width, int height) {
        return medians.getOrDefault(bucket(width, height), global);
    }

    public static CropBox median(List<CropBox> boxes) {
        return new CropBox(median(boxes, 0), median(boxes, 1), median(boxes, 2), median(boxes, 3));
    }

    private static double median(List<CropBox> boxes, int coordinate) {
        double[] v = new double[boxes.size()];
        for (int i = 0; i < v.length; i++) {
            CropBox b = boxes.get(i);
            v[i] = switch (coordinate) {
                case 0 -> b.x1();
                case 1 -> b.y1();
                case 2 -> b.x2();
                default -> b.y2();
            };
        }
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
