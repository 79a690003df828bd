package dev.winnow.learn.features;

import dev.winnow.learn.data.SetExample;

import java.util.ArrayList;
import java.util.List;

/**
 * How the members of a set differ from each other in embedding space, reduced to a few numbers: the leading
 * principal components of members' deviations from their set mean, plus one supervised "artifact" direction —
 * the mean step from the kept image to the highest stage in anomaly sets minus the mean step from the stage below
 * to the highest in normal sets. Both are fitted on training sets only and saved with the model. Components
 * alone can miss a rare artifact (it carries little variance); the contrast direction targets it.
 */
public record DeviationBasis(EmbeddingProjection components, float[] artifact) {
    public static final int COMPONENTS = 16;

    public static DeviationBasis fit(List<SetExample> sets, long seed) {
        List<float[]> deviations = new ArrayList<>();
        for (SetExample s : sets) {
            SetView v = new SetView(s);
            for (int i = 0; i < s.size(); i++) deviations.add(v.deviation(i));
        }
        return new DeviationBasis(EmbeddingProjection.fit(deviations, COMPONENTS, seed), artifactDirection(sets));
    }

    int size() {
        return components.size() + 1;
    }

    public List<String> names(String prefix) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < components.size(); k++) out.add(prefix + "_pc" + k);
        out.add(prefix + "_artifact");
        return out;
    }

    public double[] project(float[] deviation) {
        double[] pcs = components.project(deviation);
        double[] out = new double[pcs.length + 1];
        System.arraycopy(pcs, 0, out, 0, pcs.length);
        double a = 0;
        for (int j = 0; j < artifact.length; j++) a += deviation[j] * artifact[j];
        out[pcs.length] = a;
        return out;
    }

    private static float[] artifactDirection(List<SetExample> sets) {
        int dim = sets.isEmpty() ? 0 : sets.get(0).member(0).embedding().length;
        double[] anomalous = new double[dim], normal = new double[dim];
        int na = 0, nn = 0;
        for (SetExample s : sets) {
            if (!s.labeled()) continue;
            SetView v = new SetView(s);
            float[] step = v.difference(s.highest(), s.anomaly() ? s.chosen() : s.highest() - 1);
            double[] into = s.anomaly() ? anomalous : normal;
            for (int j = 0; j < dim; j++) into[j] += step[j];
            if (s.anomaly()) na++;
            else nn++;
        }
        float[] w = new float[dim];
        if (na == 0 || nn == 0) return w;
        double norm = 0;
        for (int j = 0; j < dim; j++) {
            double d = anomalous[j] / na - normal[j] / nn;
            w[j] = (float) d;
            norm += d * d;
        }
        if (norm == 0) return w;
        for (int j = 0; j < dim; j++) w[j] /= (float) Math.sqrt(norm);
        return w;
    }
}
