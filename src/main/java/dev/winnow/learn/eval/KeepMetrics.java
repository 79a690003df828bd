package dev.winnow.learn.eval;

import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.keep.KeepOutcome;

import java.util.List;

/**
 * The keep model judged on decided singles it did not see. Accuracy of its suggestion (keep from P(keep) 0.5 on)
 * beside keeping every single; PR-AUC with <em>rejected</em> as the positive class (what the model should find for
 * the curator: the pictures to throw out, ranked by 1 − P(keep)) beside the reject rate, which is what a no-skill
 * ranking gets; the Brier score of P(keep) beside the constant kept rate (whose calibration error is zero by
 * construction, so only the Brier score, which also rewards telling singles apart, says something).
 */
public record KeepMetrics(int singles, int kept, int rejected, Comparison accuracy, Comparison rejectPrAuc,
                          Comparison brier) {
    public static final String KEEP_ALL = "keep_all";
    public static final String BASE_RATE = "base_rate";
    public static final String KEPT_RATE = "kept_rate";

    public static KeepMetrics of(List<KeepOutcome> outcomes) {
        int n = outcomes.size();
        double[] pReject = new double[n], pKeep = new double[n];
        boolean[] rejected = new boolean[n], kept = new boolean[n];
        int right = 0;
        for (int i = 0; i < n; i++) {
            KeepOutcome o = outcomes.get(i);
            pKeep[i] = o.keepProbability();
            pReject[i] = 1 - pKeep[i];
            kept[i] = o.kept();
            rejected[i] = !o.kept();
            if (o.suggestsKeep() == o.kept()) right++;
        }
        double keptRate = BinaryMetrics.rate(kept), rejectRate = BinaryMetrics.rate(rejected);
        Comparison accuracy = Comparison.of(n, n == 0 ? Double.NaN : (double) right / n, KEEP_ALL, keptRate);
        Comparison prAuc = Comparison.of(n, BinaryMetrics.averagePrecision(pReject, rejected), BASE_RATE,
                BinaryMetrics.averagePrecision(BinaryMetrics.constant(n, rejectRate), rejected));
        Comparison brier = Comparison.of(n, BinaryMetrics.brier(pKeep, kept), KEPT_RATE,
                BinaryMetrics.brier(BinaryMetrics.constant(n, keptRate), kept));
        int keptCount = (int) outcomes.stream().filter(KeepOutcome::kept).count();
        return new KeepMetrics(n, keptCount, n - keptCount, accuracy, prAuc, brier);
    }
}
