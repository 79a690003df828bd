package dev.winnow.learn.anomaly;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The out-of-fold operating point that black-box shift estimation (Lipton, Wang and Smola 2018) needs: a cut on
 * the calibrated probability and the true and false positive rates it had on the training folds. A project's
 * anomaly rate q then follows from the share r of its sets above the cut: r = q * tpr + (1 - q) * fpr. The cut is
 * the one that separates best (largest tpr - fpr), which keeps that inversion best conditioned.
 */
record ShiftGauge(double cut, double tpr, double fpr) {
    /** Below this separation the inversion amplifies noise more than it corrects anything. */
    static final double MIN_SEPARATION = 0.2;

    static ShiftGauge fit(double[] p, boolean[] truth) {
        int positives = 0;
        for (boolean t : truth) if (t) positives++;
        int negatives = truth.length - positives;
        if (positives == 0 || negatives == 0) return new ShiftGauge(0.5, Double.NaN, Double.NaN);
        // One sweep from the highest probability down: after each run of equal values, tp and fp count the sets at
        // or above that value as a cut. Ties in separation keep the lower cut.
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        ShiftGauge best = new ShiftGauge(0.5, Double.NaN, Double.NaN);
        double bestSeparation = Double.NEGATIVE_INFINITY;
        int tp = 0, fp = 0;
        for (int k = 0; k < order.length; ) {
            double cut = p[order[k]];
            for (; k < order.length && p[order[k]] == cut; k++) {
                if (truth[order[k]]) tp++;
                else fp++;
            }
            double tpr = (double) tp / positives, fpr = (double) fp / negatives;
            if (tpr - fpr >= bestSeparation) {
                bestSeparation = tpr - fpr;
                best = new ShiftGauge(cut, tpr, fpr);
            }
        }
        return best;
    }

    boolean usable() {
        return Double.isFinite(tpr) && Double.isFinite(fpr) && tpr - fpr >= MIN_SEPARATION;
    }

    /** The anomaly rate implied by the share of {@code pooled} at or above the cut (clamped to a valid prior). */
    double estimate(double[] pooled) {
        int above = 0;
        for (double x : pooled) if (x >= cut) above++;
        double r = pooled.length == 0 ? fpr : (double) above / pooled.length;
        return PriorShift.clamp((r - fpr) / (tpr - fpr));
    }
}
