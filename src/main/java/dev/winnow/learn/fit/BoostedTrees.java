package dev.winnow.learn.fit;

import dev.winnow.learn.features.FeatureMatrix;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An XGBoost booster with the few operations Winnow needs; native handles are freed as soon as possible. */
public final class BoostedTrees {
    private final Booster booster;

    private BoostedTrees(Booster booster) {
        this.booster = booster;
    }

    /** Trains on rows with labels; {@code groups} (query sizes, in row order) only for ranking objectives. */
    public static BoostedTrees train(FeatureMatrix x, float[] labels, int[] groups, TreeParams params) {
        return train(x, labels, groups, null, params);
    }

    /** As above, each row weighted ({@code weights} null: all alike). */
    public static BoostedTrees train(FeatureMatrix x, float[] labels, int[] groups, float[] weights, TreeParams params) {
        DMatrix d = null;
        try {
            d = matrix(x);
            d.setLabel(labels);
            if (groups != null) d.setGroup(groups);
            if (weights != null) d.setWeight(weights);
            return new BoostedTrees(XGBoost.train(d, params.xgboost(), params.rounds(), Map.of(), null, null));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (d != null) d.dispose();
        }
    }

    public static BoostedTrees load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalStateException("model file missing: " + file);
        try {
            return new BoostedTrees(XGBoost.loadModel(file.toString()));
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot load model " + file + ": " + e.getMessage(), e);
        }
    }

    public void save(Path file) {
        try {
            booster.saveModel(file.toString());
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot save model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Raw output per row (margin for ranking, probability for logistic, value for regression). */
    public float[] predict(FeatureMatrix x) {
        return predictEach(List.of(this), x).get(0);
    }

    /**
     * Each model's raw output over the same rows: the rows cross into XGBoost once (copying a large matrix per
     * model cost as much as the predictions themselves).
     */
    public static List<float[]> predictEach(List<BoostedTrees> models, FeatureMatrix x) {
        List<float[]> out = new ArrayList<>();
        if (x.rows() == 0) {
            for (int m = 0; m < models.size(); m++) out.add(new float[0]);
            return out;
        }
        DMatrix d = null;
        try {
            d = matrix(x);
            for (BoostedTrees model : models) {
                float[][] p = model.booster.predict(d);
                float[] one = new float[p.length];
                for (int i = 0; i < p.length; i++) one[i] = p[i][0];
                out.add(one);
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        } finally {
            if (d != null) d.dispose();
        }
    }

    private static DMatrix matrix(FeatureMatrix x) throws XGBoostError {
        return new DMatrix(x.values(), x.rows(), x.cols(), Float.NaN);
    }
}
