package dev.winnow.learn.features;

import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;

/** Per-set quantities that several feature families share: mean embedding, deviations, similarities. */
public final class SetView {
    public final SetExample set;
    private final float[] meanEmbedding;

    public SetView(SetExample set) {
        this.set = set;
        int dim = set.member(0).embedding().length;
        meanEmbedding = new float[dim];
        for (Member m : set.members()) for (int j = 0; j < dim; j++) meanEmbedding[j] += m.embedding()[j];
        for (int j = 0; j < dim; j++) meanEmbedding[j] /= set.size();
    }

    float[] embedding(int i) {
        return set.member(i).embedding();
    }

    public float[] deviation(int i) {
        return difference(embedding(i), meanEmbedding);
    }

    public float[] difference(int i, int j) {
        return difference(embedding(i), embedding(j));
    }

    public double cosine(int i, int j) {
        return cosine(embedding(i), embedding(j));
    }

    public double cosineToMean(int i) {
        return cosine(embedding(i), meanEmbedding);
    }

    public double distanceToMean(int i) {
        float[] d = deviation(i);
        double s = 0;
        for (float x : d) s += x * x;
        return d.length == 0 ? Double.NaN : Math.sqrt(s);
    }

    private static float[] difference(float[] a, float[] b) {
        float[] d = new float[a.length];
        for (int j = 0; j < a.length; j++) d[j] = a[j] - b[j];
        return d;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return na == 0 || nb == 0 ? Double.NaN : dot / Math.sqrt(na * nb);
    }
}
