package dev.winnow.learn.fit;

/** Solves the small symmetric positive definite systems of ridge and logistic regression (Cholesky). */
final class LinearSolver {
    private LinearSolver() {
    }

    /** x with a x = b for symmetric positive definite {@code a}; neither argument is changed. */
    static double[] solve(double[][] a, double[] b) {
        return factor(a).solve(b);
    }

    /** The Cholesky factor of symmetric positive definite {@code a} (unchanged), for solving with many right sides. */
    static Factor factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
                if (i == j) {
                    if (s <= 0) throw new IllegalArgumentException("matrix is not positive definite");
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return new Factor(l);
    }

    /** A = L Lᵀ with lower-triangular {@code l}. */
    record Factor(double[][] l) {
        /** x with A x = b; {@code b} is not changed. */
        double[] solve(double[] b) {
            int n = b.length;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int k = 0; k < i; k++) s -= l[i][k] * y[k];
                y[i] = s / l[i][i];
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = y[i];
                for (int k = i + 1; k < n; k++) s -= l[k][i] * x[k];
                x[i] = s / l[i][i];
            }
            return x;
        }
    }

    /** XᵀWX + λI (no penalty on column 0, the intercept) for rows {@code x} with weights {@code w} (null = 1). */
    static double[][] gram(double[][] x, double[] w, double lambda) {
        int p = x[0].length;
        double[][] g = new double[p][p];
        for (int r = 0; r < x.length; r++) {
            double wr = w == null ? 1 : w[r];
            for (int i = 0; i < p; i++) for (int j = 0; j <= i; j++) g[i][j] += wr * x[r][i] * x[r][j];
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) g[j][i] = g[i][j];
            if (i > 0) g[i][i] += lambda;
        }
        return g;
    }

    /** Each row with a leading 1 for the intercept. */
    static double[][] withIntercept(double[][] x) {
        double[][] out = new double[x.length][];
        for (int r = 0; r < x.length; r++) out[r] = withIntercept(x[r]);
        return out;
    }

    static double[] withIntercept(double[] row) {
        double[] out = new double[row.length + 1];
        out[0] = 1;
        System.arraycopy(row, 0, out, 1, row.length);
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }
}
