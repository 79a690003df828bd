package dev.winnow.learn.features;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Principal components of embedding vectors, fitted on training data only and saved with the model, so that
 * training and inference transform vectors identically (the old system normalised differently in each).
 * Trees cope badly with hundreds of raw, rotated embedding dimensions; a few leading components carry the
 * variation between stages and between images at a fraction of the training time.
 */
public record EmbeddingProjection(float[] mean, float[][] components) {
    private static final int MAX_FIT_ROWS = 4000;
    private static final int ITERATIONS = 60;

    static EmbeddingProjection none(int dim) {
        return new EmbeddingProjection(new float[dim], new float[0][]);
    }

    public int size() {
        return components.length;
    }

    /** Fits up to {@code k} components on (a deterministic sample of) the vectors. */
    public static EmbeddingProjection fit(List<float[]> vectors, int k, long seed) {
        if (vectors.isEmpty()) return none(0);
        int dim = vectors.get(0).length;
        k = Math.min(k, Math.min(dim, vectors.size() - 1));
        if (k <= 0) return none(dim);
        List<float[]> sample = sample(vectors, seed);
        double[] mean = new double[dim];
        for (float[] v : sample) for (int j = 0; j < dim; j++) mean[j] += v[j];
        for (int j = 0; j < dim; j++) mean[j] /= sample.size();
        double[][] cov = covariance(sample, mean);
        double[][] q = topEigenvectors(cov, k, seed);
        float[] m = new float[dim];
        for (int j = 0; j < dim; j++) m[j] = (float) mean[j];
        float[][] comps = new float[k][dim];
        for (int c = 0; c < k; c++) for (int j = 0; j < dim; j++) comps[c][j] = (float) q[c][j];
        return new EmbeddingProjection(m, comps);
    }

    /** Coordinates of {@code v} (centred by the fitted mean) along each component. */
    public double[] project(float[] v) {
        double[] out = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            float[] comp = components[c];
            double s = 0;
            for (int j = 0; j < comp.length; j++) s += (v[j] - mean[j]) * comp[j];
            out[c] = s;
        }
        return out;
    }

    private static List<float[]> sample(List<float[]> vectors, long seed) {
        if (vectors.size() <= MAX_FIT_ROWS) return vectors;
        SplittableRandom rnd = new SplittableRandom(seed);
        float[][] pick = new float[MAX_FIT_ROWS][];
        // Reservoir sampling: uniform and reproducible for a seed.
        for (int i = 0; i < vectors.size(); i++) {
            if (i < MAX_FIT_ROWS) pick[i] = vectors.get(i);
            else {
                int j = rnd.nextInt(i + 1);
                if (j < MAX_FIT_ROWS) pick[j] = vectors.get(i);
            }
        }
        return List.of(pick);
    }

    private static double[][] covariance(List<float[]> rows, double[] mean) {
        int dim = mean.length;
        double[][] cov = new double[dim][dim];
        double[] d = new double[dim];
        for (float[] v : rows) {
            for (int j = 0; j < dim; j++) d[j] = v[j] - mean[j];
            for (int a = 0; a < dim; a++) {
                double da = d[a];
                if (da == 0) continue;
                double[] row = cov[a];
                for (int b = a; b < dim; b++) row[b] += da * d[b];
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                cov[a][b] /= rows.size();
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /** Orthogonal (subspace) iteration: k leading eigenvectors of a symmetric matrix, as rows. */
    private static double[][] topEigenvectors(double[][] a, int k, long seed) {
        int n = a.length;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] q = new double[k][n];
        for (double[] row : q) for (int j = 0; j < n; j++) row[j] = rnd.nextDouble() - 0.5;
        orthonormalize(q);
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] next = new double[k][n];
            for (int c = 0; c < k; c++) {
                double[] v = q[c];
                double[] out = next[c];
                for (int i = 0; i < n; i++) {
                    double[] ai = a[i];
                    double s = 0;
                    for (int j = 0; j < n; j++) s += ai[j] * v[j];
                    out[i] = s;
                }
            }
            orthonormalize(next);
            q = next;
        }
        return q;
    }

    private static void orthonormalize(double[][] q) {
        for (int c = 0; c < q.length; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int j = 0; j < q[c].length; j++) dot += q[c][j] * q[p][j];
                for (int j = 0; j < q[c].length; j++) q[c][j] -= dot * q[p][j];
            }
            double norm = 0;
            for (double x : q[c]) norm += x * x;
            norm = Math.sqrt(norm);
            if (norm < 1e-12) {
                // Rank-deficient data has fewer directions than asked for: the extra component projects to 0.
                Arrays.fill(q[c], 0);
                continue;
            }
            for (int j = 0; j < q[c].length; j++) q[c][j] /= norm;
        }
    }
}
