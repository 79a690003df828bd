package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.LogisticRidge;
import dev.winnow.learn.fit.Ridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The crop as linear models on {@link CropAnchors}: whether to crop at all (logistic), then the crop's centre x
 * relative to the anchor point (a crop follows its subject sideways), its centre y and the log of its side
 * (ridge, each with a penalty chosen on held-out projects). With a few hundred crops, a handful of cues that say
 * where the subject is carries further than trees over hundreds of features; without a signal the answer stays at
 * the average offset from the subject, the average height and size. Measured on the demo, predicting y relative
 * to the anchor as well was worse: the anchor's y (head or detail) varies more than where the curator puts the
 * box. The box keeps the image's aspect ({@link CropGeometry}).
 *
 * <p>
 * Whether to crop is decided for the best expected IoU, not at probability one half: with p the gate's probability
 * that the curator crops, proposing the box is worth p * (its IoU with a true crop, {@code boxIou}) + (1 - p) * (its
 * area, its IoU with the full image); keeping the whole image is worth p * (a true crop's area, {@code cropArea}) +
 * (1 - p). A box that misses by a little costs more than keeping the image whole when the curator did not crop,
 * so a box is proposed only when the gate is fairly sure. Both numbers come from the training crops, the IoU from
 * boxes fitted without the crop they are judged on.
 *
 * @param alwaysCrop the constant crop-or-not answer when one answer had too few examples for a gate, else null
 * @param boxIou     held-out mean IoU of the box with the true crop over the training crops (0 in older models:
 *                   they crop at probability one half)
 * @param cropArea   mean area of the true crops
 */
record AnchoredCrop(LogisticRidge gate, Boolean alwaysCrop, Ridge centerX, Ridge centerY, Ridge logSide,
                    double boxIou, double cropArea) {
    private static final int FOLDS = 5;

    static AnchoredCrop fit(CropAnchors anchors, List<SetExample> withCrop) {
        List<double[]> rows = new ArrayList<>(), croppedRows = new ArrayList<>();
        List<double[]> croppedTargets = new ArrayList<>();
        List<String> croppedProjects = new ArrayList<>();
        List<SetExample> croppedSets = new ArrayList<>();
        List<Double> croppedAnchorX = new ArrayList<>();
        double[] isCropped = new double[withCrop.size()];
        for (int r = 0; r < withCrop.size(); r++) {
            SetExample s = withCrop.get(r);
            double[] row = anchors.row(s, s.chosen());
            rows.add(row);
            if (s.crop().isNearFull(CropRegressor.UNCROPPED_WITHIN)) continue;
            isCropped[r] = 1;
            double[] a = anchors.anchor(s, s.chosen());
            croppedRows.add(row);
            croppedProjects.add(s.projectId());
            croppedSets.add(s);
            croppedAnchorX.add(a[0]);
            croppedTargets.add(new double[] {s.crop().centerX() - a[0], s.crop().centerY(),
                    Math.log(CropGeometry.side(s.crop()))});
        }
        int cropped = croppedRows.size(), uncropped = withCrop.size() - cropped;
        if (cropped == 0) throw new IllegalArgumentException("no cropped images to learn a crop from");
        LogisticRidge gate = null;
        Boolean always = null;
        if (Math.min(cropped, uncropped) < CropRegressor.MIN_GATE_CLASS) always = cropped >= uncropped;
        else gate = LogisticRidge.fit(rows.toArray(double[][]::new), isCropped);
        double[][] x = croppedRows.toArray(double[][]::new);
        String[] groups = croppedProjects.toArray(String[]::new);
        Ridge cx = Ridge.fit(x, column(croppedTargets, 0), groups);
        Ridge cy = Ridge.fit(x, column(croppedTargets, 1), groups);
        Ridge ls = Ridge.fit(x, column(croppedTargets, 2), groups);
        double area = croppedSets.stream().mapToDouble(s -> s.crop().area()).average().orElseThrow();
        double[] anchorX = croppedAnchorX.stream().mapToDouble(Double::doubleValue).toArray();
        List<CropBox> truths = croppedSets.stream().map(SetExample::crop).toList();
        return new AnchoredCrop(gate, always, cx, cy, ls, heldOutIou(x, anchorX, truths, croppedTargets, groups,
                new double[] {cx.lambda(), cy.lambda(), ls.lambda()}), area);
    }

    /**
     * Mean IoU of the box on training crops it was not fitted on — by project when there are several (what a new
     * project will see), else in {@value #FOLDS} folds — so the crop-or-not weighing does not trust a box by how well
     * it fits its own examples. The penalties are the ones chosen for the final fit.
     */
    private static double heldOutIou(double[][] x, double[] anchorX, List<CropBox> truths, List<double[]> targets,
                                     String[] groups, double[] lambdas) {
        List<String> distinct = Arrays.stream(groups).distinct().toList();
        int[] fold = new int[x.length];
        for (int r = 0; r < fold.length; r++) fold[r] = distinct.size() >= 2 ? distinct.indexOf(groups[r]) : r % FOLDS;
        int k = distinct.size() >= 2 ? distinct.size() : FOLDS;
        double sum = 0;
        int n = 0;
        for (int f = 0; f < k; f++) {
            List<double[]> tx = new ArrayList<>();
            List<double[]> ty = new ArrayList<>();
            for (int r = 0; r < fold.length; r++) {
                if (fold[r] == f) continue;
                tx.add(x[r]);
                ty.add(targets.get(r));
            }
            if (tx.isEmpty() || tx.size() == fold.length) continue;
            double[][] t = tx.toArray(double[][]::new);
            AnchoredCrop m = new AnchoredCrop(null, true, Ridge.fit(t, column(ty, 0), lambdas[0]),
                    Ridge.fit(t, column(ty, 1), lambdas[1]), Ridge.fit(t, column(ty, 2), lambdas[2]), 0, 0);
            for (int r = 0; r < fold.length; r++) {
                if (fold[r] != f) continue;
                sum += m.box(x[r], anchorX[r]).iou(truths.get(r));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    CropBox propose(CropAnchors anchors, SetExample s, int i) {
        double[] row = anchors.row(s, i);
        CropBox box = box(row, anchors.anchor(s, i)[0]);
        if (gate == null) return alwaysCrop ? box : CropBox.FULL;
        double p = gate.probability(row);
        boolean cropIt = boxIou <= 0 ? p >= 0.5 : worthCropping(p, box.area(), boxIou, cropArea);
        return cropIt ? box : CropBox.FULL;
    }

    /** Whether proposing a box of {@code boxArea} has the higher expected IoU when the curator crops with probability p. */
    static boolean worthCropping(double p, double boxArea, double boxIou, double cropArea) {
        return p * boxIou + (1 - p) * boxArea > p * cropArea + (1 - p);
    }

    /** The box where the curator would crop, if they crop: cues {@code row}, anchor point at {@code anchorX}. */
    private CropBox box(double[] row, double anchorX) {
        return CropGeometry.box(anchorX + centerX.predict(row), centerY.predict(row), Math.exp(logSide.predict(row)));
    }

    private static double[] column(List<double[]> rows, int j) {
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) out[r] = rows.get(r)[j];
        return out;
    }
}
