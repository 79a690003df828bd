package dev.winnow.learn;

import dev.winnow.common.CropBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Three regressions — centre x, centre y, and the log of the side relative to the bucket's median side — that
 * together give an aspect-keeping box, clipped into the image by {@link CropGeometry}.
 */
final class CropRegressor {
    private final BoostedTrees centerX;
    private final BoostedTrees centerY;
    private final BoostedTrees logScale;
    private final CropBuckets buckets;

    private CropRegressor(BoostedTrees centerX, BoostedTrees centerY, BoostedTrees logScale, CropBuckets buckets) {
        this.centerX = centerX;
        this.centerY = centerY;
        this.logScale = logScale;
        this.buckets = buckets;
    }

    static CropRegressor fit(FeatureMatrix x, List<CropTarget> targets, CropBuckets buckets, TreeParams params) {
        float[] cx = new float[targets.size()], cy = new float[targets.size()], ls = new float[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            CropTarget t = targets.get(i);
            cx[i] = (float) t.box().centerX();
            cy[i] = (float) t.box().centerY();
            ls[i] = (float) Math.log(CropGeometry.side(t.box()) / baseSide(buckets, t.width(), t.height()));
        }
        return new CropRegressor(BoostedTrees.train(x, cx, null, params), BoostedTrees.train(x, cy, null, params),
                BoostedTrees.train(x, ls, null, params), buckets);
    }

    /** One box per row; {@code sizes} holds each row's image {width, height}. */
    List<CropBox> predict(FeatureMatrix x, List<int[]> sizes) {
        float[] cx = centerX.predict(x), cy = centerY.predict(x), ls = logScale.predict(x);
        List<CropBox> out = new ArrayList<>(cx.length);
        for (int i = 0; i < cx.length; i++) {
            double side = baseSide(buckets, sizes.get(i)[0], sizes.get(i)[1]) * Math.exp(ls[i]);
            out.add(CropGeometry.box(cx[i], cy[i], side));
        }
        return out;
    }

    CropBuckets buckets() {
        return buckets;
    }

    void save(Path dir) {
        centerX.save(dir.resolve("crop-center-x.ubj"));
        centerY.save(dir.resolve("crop-center-y.ubj"));
        logScale.save(dir.resolve("crop-log-scale.ubj"));
    }

    static CropRegressor load(Path dir, CropBuckets buckets) {
        return new CropRegressor(BoostedTrees.load(dir.resolve("crop-center-x.ubj")),
                BoostedTrees.load(dir.resolve("crop-center-y.ubj")), BoostedTrees.load(dir.resolve("crop-log-scale.ubj")),
                buckets);
    }

    private static double baseSide(CropBuckets buckets, int width, int height) {
        return CropGeometry.side(buckets.median(width, height));
    }
}
