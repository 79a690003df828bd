package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.model.ModelMismatchException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Crop as two decisions. First whether the curator crops at all: the targets are bimodal (the whole image, or a
 * box around 0.7 of it), and one regression over both would average them into a box that is neither. Then, for
 * a crop, three regressions on how the box departs from its bucket's median crop — centre x, centre y and the log
 * of the side ratio — so that without a signal the proposal stays at the median. The box keeps the image's aspect
 * and is clipped into it by {@link CropGeometry}.
 */
public final class CropRegressor {
    /** A box this close to the whole image on every edge counts as "not cropped". */
    static final double UNCROPPED_WITHIN = 0.01;
    /** Below this many examples of the rarer answer, "crop or not" is the majority answer, not a model. */
    static final int MIN_GATE_CLASS = 10;
    private static final String GATE = "crop-gate.ubj";

    /** What inference needs besides the trees: the median crop per bucket, and the gate when it is a constant. */
    record State(CropBuckets cropped, Boolean alwaysCrop) {
    }

    private final State state;
    private final BoostedTrees gate;
    private final BoostedTrees centerX;
    private final BoostedTrees centerY;
    private final BoostedTrees logScale;

    private CropRegressor(State state, BoostedTrees gate, BoostedTrees centerX, BoostedTrees centerY,
                          BoostedTrees logScale) {
        this.state = state;
        this.gate = gate;
        this.centerX = centerX;
        this.centerY = centerY;
        this.logScale = logScale;
    }

    public static CropRegressor fit(FeatureMatrix x, List<CropTarget> targets, LearnSettings settings) {
        float[] isCropped = new float[targets.size()];
        List<Integer> croppedRows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!targets.get(i).box().isNearFull(UNCROPPED_WITHIN)) {
                isCropped[i] = 1;
                croppedRows.add(i);
            }
        }
        int cropped = croppedRows.size(), uncropped = targets.size() - cropped;
        if (cropped == 0) throw new IllegalArgumentException("no cropped images to learn a crop from");
        BoostedTrees gate = null;
        Boolean always = null;
        if (Math.min(cropped, uncropped) < MIN_GATE_CLASS) always = cropped >= uncropped;
        else gate = BoostedTrees.train(x, isCropped, null, TreeParams.classifier(settings));

        List<CropTarget> croppedTargets = croppedRows.stream().map(targets::get).toList();
        CropBuckets medians = CropBuckets.fit(croppedTargets);
        FeatureMatrix.Builder cx = new FeatureMatrix.Builder(x.cols());
        float[] dx = new float[cropped], dy = new float[cropped], ls = new float[cropped];
        for (int k = 0; k < cropped; k++) {
            int i = croppedRows.get(k);
            cx.add(x.row(i));
            CropTarget t = targets.get(i);
            CropBox m = medians.median(t.width(), t.height());
            dx[k] = (float) (t.box().centerX() - m.centerX());
            dy[k] = (float) (t.box().centerY() - m.centerY());
            ls[k] = (float) Math.log(CropGeometry.side(t.box()) / CropGeometry.side(m));
        }
        FeatureMatrix xc = cx.build();
        TreeParams p = TreeParams.regressor(settings);
        return new CropRegressor(new State(medians, always), gate, BoostedTrees.train(xc, dx, null, p),
                BoostedTrees.train(xc, dy, null, p), BoostedTrees.train(xc, ls, null, p));
    }

    /** One box per row; {@code sizes} holds each row's image {width, height}. */
    public List<CropBox> predict(FeatureMatrix x, List<int[]> sizes) {
        float[] crop = gate == null ? null : gate.predict(x);
        float[] dx = centerX.predict(x), dy = centerY.predict(x), ls = logScale.predict(x);
        List<CropBox> out = new ArrayList<>(dx.length);
        for (int i = 0; i < dx.length; i++) {
            boolean cropIt = crop == null ? state.alwaysCrop() : crop[i] >= 0.5;
            if (!cropIt) {
                out.add(CropBox.FULL);
                continue;
            }
            CropBox m = state.cropped().median(sizes.get(i)[0], sizes.get(i)[1]);
            out.add(CropGeometry.box(m.centerX() + dx[i], m.centerY() + dy[i], CropGeometry.side(m) * Math.exp(ls[i])));
        }
        return out;
    }

    State state() {
        return state;
    }

    void save(Path dir) {
        if (gate != null) gate.save(dir.resolve(GATE));
        centerX.save(dir.resolve("crop-center-x.ubj"));
        centerY.save(dir.resolve("crop-center-y.ubj"));
        logScale.save(dir.resolve("crop-log-scale.ubj"));
    }

    static CropRegressor load(Path dir, State state) {
        BoostedTrees gate = state.alwaysCrop() == null ? BoostedTrees.load(dir.resolve(GATE)) : null;
        if (state.alwaysCrop() != null && Files.exists(dir.resolve(GATE))) {
            throw new ModelMismatchException("crop model in " + dir + " has a gate file but says it needs none: retrain");
        }
        return new CropRegressor(state, gate, BoostedTrees.load(dir.resolve("crop-center-x.ubj")),
                BoostedTrees.load(dir.resolve("crop-center-y.ubj")), BoostedTrees.load(dir.resolve("crop-log-scale.ubj")));
    }
}
