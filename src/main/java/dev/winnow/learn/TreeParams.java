package dev.winnow.learn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full gradient-boosting configuration of one model, recorded in its metadata. {@code threads} only changes
 * speed: the histogram method gives the same trees for the same seed whatever the thread count.
 */
public record TreeParams(String objective, int rounds, double eta, int maxDepth, double minChildWeight,
                         double subsample, double colsample, double lambda, int maxBin, long seed, int threads) {
    /** Histogram bins per feature: a quarter of XGBoost's default, for speed; finer cuts gained nothing measurable. */
    static final int MAX_BIN = 64;

    static TreeParams ranker(LearnSettings s) {
        return new TreeParams("rank:pairwise", 100, 0.1, 6, 1, 0.8, 0.8, 1, MAX_BIN, s.seed(), s.threads());
    }

    static TreeParams classifier(LearnSettings s) {
        return new TreeParams("binary:logistic", 100, 0.1, 4, 1, 0.8, 0.8, 1, MAX_BIN, s.seed(), s.threads());
    }

    static TreeParams regressor(LearnSettings s) {
        return new TreeParams("reg:absoluteerror", 80, 0.1, 4, 3, 0.8, 0.8, 1, MAX_BIN, s.seed(), s.threads());
    }

    Map<String, Object> xgboost() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objective", objective);
        m.put("eta", eta);
        m.put("max_depth", maxDepth);
        m.put("min_child_weight", minChildWeight);
        m.put("subsample", subsample);
        m.put("colsample_bytree", colsample);
        m.put("lambda", lambda);
        m.put("tree_method", "hist");
        m.put("max_bin", maxBin);
        m.put("seed", seed);
        m.put("nthread", threads);
        m.put("verbosity", 0);
        if (objective.startsWith("rank:")) m.put("eval_metric", "ndcg@1");
        return m;
    }
}
