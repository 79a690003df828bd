package dev.winnow.learn.fit;

/**
 * Logistic regression with an L2 penalty ({@link #LAMBDA}) on standardized features, fitted by Newton steps:
 * the crop-or-not answer from a handful of content cues, where trees on a few hundred examples overfit.
 */
public record LogisticRidge(Standardizer standardizer, double[] beta) {
    static final double LAMBDA = 1;
    private static final int ITERATIONS = 25;

    /** {@code y} holds 0 or 1. */
    public static LogisticRidge fit(double[][] x, double[] y) {
        Standardizer st = Standardizer.fit(x);
        double[][] z = LinearSolver.withIntercept(st.apply(x));
        int p = z[0].length;
        double[] beta = new double[p];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] w = new double[z.length], grad = new double[p];
            for (int r = 0; r < z.length; r++) {
                double q = sigmoid(LinearSolver.dot(beta, z[r]));
                w[r] = Math.max(1e-6, q * (1 - q));
                for (int j = 0; j < p; j++) grad[j] += (y[r] - q) * z[r][j];
            }
            for (int j = 1; j < p; j++) grad[j] -= LAMBDA * beta[j];
            double[] step = LinearSolver.solve(LinearSolver.gram(z, w, LAMBDA), grad);
            double size = 0;
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-6) break;
        }
        return new LogisticRidge(st, beta);
    }

    public double probability(double[] row) {
        return sigmoid(LinearSolver.dot(beta, LinearSolver.withIntercept(standardizer.apply(row))));
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }
}
