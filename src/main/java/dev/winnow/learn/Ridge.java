package dev.winnow.learn;

/**
 * Linear least squares with an L2 penalty on standardized features: with a few hundred examples it cannot chase
 * noise the way trees can. The penalty is chosen from {@link #LAMBDAS} by exact leave-one-out error (the
 * closed form e_i / (1 - h_ii)); a row is one set, so this holds out by set.
 */
record Ridge(Standardizer standardizer, double[] beta, double lambda) {
    static final double[] LAMBDAS = {0.3, 1, 3, 10, 30, 100, 300, 1000};

    static Ridge fit(double[][] x, double[] y) {
        if (x.length == 0) throw new IllegalArgumentException("ridge regression needs at least one example");
        Standardizer st = Standardizer.fit(x);
        double[][] z = LinearSolver.withIntercept(st.apply(x));
        double[] xty = new double[z[0].length];
        for (int r = 0; r < z.length; r++) for (int j = 0; j < xty.length; j++) xty[j] += z[r][j] * y[r];
        Ridge best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (double lambda : LAMBDAS) {
            double[][] a = LinearSolver.gram(z, null, lambda);
            double[] beta = LinearSolver.solve(a, xty);
            double error = 0;
            for (int r = 0; r < z.length; r++) {
                double h = LinearSolver.dot(z[r], LinearSolver.solve(a, z[r]));
                double e = (y[r] - LinearSolver.dot(beta, z[r])) / Math.max(1e-9, 1 - h);
                error += e * e;
            }
            if (error < bestError) {
                bestError = error;
                best = new Ridge(st, beta, lambda);
            }
        }
        return best;
    }

    double predict(double[] row) {
        return LinearSolver.dot(beta, LinearSolver.withIntercept(standardizer.apply(row)));
    }
}
