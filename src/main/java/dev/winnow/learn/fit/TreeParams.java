package dev.winnow.learn.fit;

import dev.winnow.learn.data.LearnSettings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full gradient-boosting configuration of one model, recorded in its metadata. {@code threads} only changes
 * speed: the histogram method gives the same trees for the same seed whatever the thread count.
 */
public record TreeParams(String objective, int rounds, double eta, int maxDepth, double minChildWeight,
                         double subsample, double colsample, double lambda, int maxBin, double huberSlope, long seed,
                         int threads) {
    /**
     * Histogram bins per feature: a quarter of XGBoost's default, about twice as fast at 20,000 sets; the
     * synthetic benchmark's metrics moved by less than 0.2 points.
     */
    static final int MAX_BIN = 64;
    /**
     * Crop residuals are fractions of the image: beyond 0.05 the pseudo-Huber loss turns linear, so a few odd crops
     * pull the fit no more than they would a median (absolute error does the same but trains about twice as slowly).
     */
    static final double HUBER_SLOPE = 0.05;
    /** Rows and columns each tree sees, and the L2 weight on leaves: the same for every model. */
    static final double SUBSAMPLE = 0.8;
    static final double COLSAMPLE = 0.8;
    static final double LAMBDA = 1;

    public static TreeParams ranker(LearnSettings s) {
        int rounds = 100, maxDepth = 6;
        double eta = 0.1, minChildWeight = 1;
        return of("rank:pairwise", rounds, eta, maxDepth, minChildWeight, Double.NaN, s);
    }

    public static TreeParams classifier(LearnSettings s) {
        int rounds = 100, maxDepth = 4;
        double eta = 0.1, minChildWeight = 1;
        return of("binary:logistic", rounds, eta, maxDepth, minChildWeight, Double.NaN, s);
    }

    /**
     * The expected residual of a tile given its content: many rows, a smooth target; squared error on a log scale
     * (a break covers a few tiles among hundreds of thousands, so it cannot pull the fit), leaves of at least 20
     * tiles so that no single image's quirk becomes a rule.
     */
    public static TreeParams expectation(LearnSettings s) {
        int rounds = 80, maxDepth = 5;
        double eta = 0.15, minChildWeight = 20;
        return of("reg:squarederror", rounds, eta, maxDepth, minChildWeight, Double.NaN, s);
    }

    /** Is this stage step broken? Trained on a few thousand step rows, planted defects and real breaks. */
    public static TreeParams stepDetector(LearnSettings s) {
        int rounds = 150, maxDepth = 4;
        double eta = 0.08, minChildWeight = 2;
        return of("binary:logistic", rounds, eta, maxDepth, minChildWeight, Double.NaN, s);
    }

    public static TreeParams regressor(LearnSettings s) {
        int rounds = 80, maxDepth = 4;
        double eta = 0.1, minChildWeight = 3;
        return of("reg:pseudohubererror", rounds, eta, maxDepth, minChildWeight, HUBER_SLOPE, s);
    }

    /** What differs per model, named at each factory above; subsampling, L2 weight and bins are shared. */
    private static TreeParams of(String objective, int rounds, double eta, int maxDepth, double minChildWeight,
                                 double huberSlope, LearnSettings s) {
        return new TreeParams(objective, rounds, eta, maxDepth, minChildWeight, SUBSAMPLE, COLSAMPLE, LAMBDA, MAX_BIN,
                huberSlope, s.seed(), s.threads());
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
        if (!Double.isNaN(huberSlope)) m.put("huber_slope", huberSlope);
        return m;
    }
}
