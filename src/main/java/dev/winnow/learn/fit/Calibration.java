package dev.winnow.learn.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps a raw model score to a probability, fitted on out-of-fold scores only. Platt scaling (a logistic curve)
 * when the rarer class is small, isotonic regression (pool-adjacent-violators, a monotone step curve with linear
 * interpolation) when there is enough of both classes to estimate a free-form curve.
 */
public record Calibration(String method, double slope, double intercept, double[] knots, double[] values) {
    /** Below this many examples of the rarer class the isotonic curve overfits; Platt's two parameters do not. */
    static final int ISOTONIC_MIN_MINORITY = 100;
    private static final double EPS = 1e-4;

    public static Calibration fit(double[] scores, boolean[] labels) {
        int pos = 0;
        for (boolean l : labels) if (l) pos++;
        int minority = Math.min(pos, labels.length - pos);
        return minority >= ISOTONIC_MIN_MINORITY ? isotonic(scores, labels) : platt(scores, labels);
    }

    public double apply(double score) {
        double p;
        if ("isotonic".equals(method)) p = interpolate(score);
        else p = 1 / (1 + Math.exp(-(slope * score + intercept)));
        return Math.min(1 - EPS, Math.max(EPS, p));
    }

    /**
     * Platt's method with his smoothed targets, fitted by Newton's method with step halving (the formulation of
     * Lin, Lin and Weng 2007, which stays stable when the classes separate).
     */
    static Calibration platt(double[] s, boolean[] y) {
        int n = s.length;
        int pos = 0;
        for (boolean l : y) if (l) pos++;
        double hi = (pos + 1.0) / (pos + 2.0), lo = 1.0 / (n - pos + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = y[i] ? hi : lo;
        double a = 0, b = Math.log((n - pos + 1.0) / (pos + 1.0));
        // Parameterised as p = 1 / (1 + exp(a*s + b)); flipped to slope/intercept at the end.
        double f = plattLoss(s, t, a, b);
        for (int it = 0; it < 100; it++) {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < n; i++) {
                double fApB = s[i] * a + b;
                double p, q;
                if (fApB >= 0) {
                    p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
                    q = 1 / (1 + Math.exp(-fApB));
                } else {
                    p = 1 / (1 + Math.exp(fApB));
                    q = Math.exp(fApB) / (1 + Math.exp(fApB));
                }
                double d2 = p * q;
                h11 += s[i] * s[i] * d2;
                h22 += d2;
                h21 += s[i] * d2;
                double d1 = t[i] - p;
                g1 += s[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < 1e-7 && Math.abs(g2) < 1e-7) break;
            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det, dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= 1e-10) {
                double na = a + step * dA, nb = b + step * dB;
                double nf = plattLoss(s, t, na, nb);
                if (nf < f + 1e-4 * step * gd) {
                    a = na;
                    b = nb;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) break;
        }
        return new Calibration("platt", -a, -b, new double[0], new double[0]);
    }

    private static double plattLoss(double[] s, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < s.length; i++) {
            double fApB = s[i] * a + b;
            f += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
        }
        return f;
    }

    /** Pool-adjacent-violators on scores sorted ascending; each block becomes one knot (mean score, mean label). */
    static Calibration isotonic(double[] s, boolean[] y) {
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> s[i]));
        List<double[]> blocks = new ArrayList<>(); // {sumScore, sumLabel, count}
        for (int idx : order) {
            blocks.add(new double[] {s[idx], y[idx] ? 1 : 0, 1});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1), prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[2] < last[1] / last[2]) break;
                prev[0] += last[0];
                prev[1] += last[1];
                prev[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] knots = new double[blocks.size()], values = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            knots[i] = blocks.get(i)[0] / blocks.get(i)[2];
            values[i] = blocks.get(i)[1] / blocks.get(i)[2];
        }
        return new Calibration("isotonic", 0, 0, knots, values);
    }

    private double interpolate(double x) {
        if (knots.length == 0) return 0.5;
        if (x <= knots[0]) return values[0];
        if (x >= knots[knots.length - 1]) return values[values.length - 1];
        int hi = Arrays.binarySearch(knots, x);
        if (hi >= 0) return values[hi];
        hi = -hi - 1;
        int lo = hi - 1;
        double w = (x - knots[lo]) / (knots[hi] - knots[lo]);
        return values[lo] + w * (values[hi] - values[lo]);
    }
}
