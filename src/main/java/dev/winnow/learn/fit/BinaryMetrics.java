package dev.winnow.learn.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Ranking and calibration measures of probabilities against binary truth. Ties are treated as one threshold. */
public final class BinaryMetrics {
    static final int CALIBRATION_BINS = 10;

    private BinaryMetrics() {
    }

    /** A point of the precision-recall curve at one threshold. */
    public record PrPoint(double threshold, double recall, double precision) {
    }

    /** One calibration bin: mean predicted probability, observed frequency, examples. */
    public record Bin(double predicted, double observed, int count) {
    }

    public static List<PrPoint> prCurve(double[] p, boolean[] y) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        int positives = 0;
        for (boolean b : y) if (b) positives++;
        List<PrPoint> out = new ArrayList<>();
        if (positives == 0) return out;
        int tp = 0, seen = 0;
        for (int k = 0; k < order.length; k++) {
            seen++;
            if (y[order[k]]) tp++;
            boolean groupEnd = k == order.length - 1 || p[order[k + 1]] != p[order[k]];
            if (groupEnd) out.add(new PrPoint(p[order[k]], (double) tp / positives, (double) tp / seen));
        }
        return out;
    }

    /** Average precision: the area under the step-wise precision-recall curve (NaN without positives). */
    public static double averagePrecision(double[] p, boolean[] y) {
        List<PrPoint> curve = prCurve(p, y);
        if (curve.isEmpty()) return Double.NaN;
        double ap = 0, prevRecall = 0;
        for (PrPoint pt : curve) {
            ap += (pt.recall() - prevRecall) * pt.precision();
            prevRecall = pt.recall();
        }
        return ap;
    }

    /** The largest recall at any threshold whose precision reaches the target (0 if none does). */
    public static double recallAtPrecision(double[] p, boolean[] y, double target) {
        double best = 0;
        for (PrPoint pt : prCurve(p, y)) if (pt.precision() >= target) best = Math.max(best, pt.recall());
        return curveOrNaN(p, y, best);
    }

    /** The lowest threshold whose precision reaches the target with the most recall; +inf when none does. */
    public static double thresholdForPrecision(double[] p, boolean[] y, double target) {
        double bestRecall = -1, threshold = Double.POSITIVE_INFINITY;
        for (PrPoint pt : prCurve(p, y)) {
            if (pt.precision() >= target && pt.recall() > bestRecall) {
                bestRecall = pt.recall();
                threshold = pt.threshold();
            }
        }
        return threshold;
    }

    public static List<Bin> calibrationBins(double[] p, boolean[] y) {
        double[] sumP = new double[CALIBRATION_BINS];
        int[] pos = new int[CALIBRATION_BINS], count = new int[CALIBRATION_BINS];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(CALIBRATION_BINS - 1, (int) (p[i] * CALIBRATION_BINS));
            sumP[b] += p[i];
            count[b]++;
            if (y[i]) pos[b]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) out.add(new Bin(sumP[b] / count[b], (double) pos[b] / count[b], count[b]));
        }
        return out;
    }

    /** Expected calibration error: bin-weighted |mean predicted - observed frequency|. */
    public static double calibrationError(double[] p, boolean[] y) {
        if (p.length == 0) return Double.NaN;
        double e = 0;
        for (Bin b : calibrationBins(p, y)) e += b.count() * Math.abs(b.predicted() - b.observed());
        return e / p.length;
    }

    public static double brier(double[] p, boolean[] y) {
        if (p.length == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < p.length; i++) s += (p[i] - (y[i] ? 1 : 0)) * (p[i] - (y[i] ? 1 : 0));
        return s / p.length;
    }

    public static double rate(boolean[] y) {
        if (y.length == 0) return Double.NaN;
        int n = 0;
        for (boolean b : y) if (b) n++;
        return (double) n / y.length;
    }

    public static double[] constant(int n, double value) {
        double[] c = new double[n];
        Arrays.fill(c, value);
        return c;
    }

    private static double curveOrNaN(double[] p, boolean[] y, double value) {
        for (boolean b : y) if (b) return value;
        return Double.NaN;
    }
}
