package dev.winnow.learn.eval;

import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.rank.PickOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often the ranker's pick is the curator's pick (top-1) and how often it orders the curator's pick above
 * another member (pairwise), overall, on normal sets, on anomaly sets and per project — each beside "always the
 * highest stage" and a uniform random pick (top-1 = mean of 1/|set|, pairwise = 0.5).
 */
public record PickMetrics(Comparison top1, Comparison top1Normal, Comparison top1Anomaly,
                          Map<String, Comparison> top1PerProject, Comparison pairwise, Comparison pairwiseNormal,
                          Comparison pairwiseAnomaly, Comparison confidenceBrier) {
    public static final String HIGHEST = "highest_stage";
    public static final String RANDOM = "random";

    public static PickMetrics of(List<PickOutcome> outcomes) {
        Map<String, Comparison> perProject = new LinkedHashMap<>();
        for (String p : outcomes.stream().map(PickOutcome::projectId).distinct().toList()) {
            perProject.put(p, top1(outcomes, o -> o.projectId().equals(p)));
        }
        return new PickMetrics(top1(outcomes, o -> true), top1(outcomes, o -> !o.anomaly()),
                top1(outcomes, PickOutcome::anomaly), perProject, pairwise(outcomes, o -> true),
                pairwise(outcomes, o -> !o.anomaly()), pairwise(outcomes, PickOutcome::anomaly), confidence(outcomes));
    }

    private static Comparison top1(List<PickOutcome> all, Predicate<PickOutcome> which) {
        int n = 0;
        double model = 0, highest = 0, random = 0;
        for (PickOutcome o : all) {
            if (!which.test(o)) continue;
            n++;
            if (o.pick() == o.chosen()) model++;
            if (o.highest() == o.chosen()) highest++;
            random += 1.0 / o.stages().length;
        }
        return Comparison.of(n, ratio(model, n), HIGHEST, ratio(highest, n), RANDOM, ratio(random, n));
    }

    private static Comparison pairwise(List<PickOutcome> all, Predicate<PickOutcome> which) {
        int pairs = 0;
        double model = 0, highest = 0;
        for (PickOutcome o : all) {
            if (!which.test(o)) continue;
            for (int j = 0; j < o.stages().length; j++) {
                if (j == o.chosen()) continue;
                pairs++;
                model += order(o.scores()[o.chosen()], o.scores()[j]);
                highest += order(o.stages()[o.chosen()], o.stages()[j]);
            }
        }
        return Comparison.of(pairs, ratio(model, pairs), HIGHEST, ratio(highest, pairs), RANDOM, pairs == 0 ? Double.NaN : 0.5);
    }

    /** Brier score of the confidence against "the pick was right", beside a constant at the realised accuracy. */
    private static Comparison confidence(List<PickOutcome> all) {
        double[] p = new double[all.size()];
        boolean[] y = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            p[i] = all.get(i).confidence();
            y[i] = all.get(i).pick() == all.get(i).chosen();
        }
        return Comparison.of(all.size(), BinaryMetrics.brier(p, y), "constant_at_accuracy",
                BinaryMetrics.brier(BinaryMetrics.constant(p.length, BinaryMetrics.rate(y)), y));
    }

    private static double order(double a, double b) {
        return a > b ? 1 : a == b ? 0.5 : 0;
    }

    static double ratio(double a, int n) {
        return n == 0 ? Double.NaN : a / n;
    }

    /** Sets of the outcomes that the ranker got wrong, for the report's examples. */
    static List<PickOutcome> misses(List<PickOutcome> outcomes) {
        List<PickOutcome> out = new ArrayList<>();
        for (PickOutcome o : outcomes) if (o.pick() != o.chosen()) out.add(o);
        return out;
    }
}
