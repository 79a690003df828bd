package dev.winnow.learn.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear least squares with an L2 penalty on standardized features: with a few hundred examples it cannot chase
 * noise the way trees can. The penalty is chosen from {@link #LAMBDAS} — the largest of which leaves little more
 * than the mean — by the error on held-out groups: leave one project out when the rows come from several
 * projects (a cue that does not carry over to another project is then shrunk away), else exact leave-one-out by
 * row, i.e. by set (the closed form e_i / (1 - h_ii)).
 */
public record Ridge(Standardizer standardizer, double[] beta, double lambda) {
    static final double[] LAMBDAS = {1, 3, 10, 30, 100, 300, 1000, 1e6};

    /** {@code groups[r]} names the project of row r. */
    public static Ridge fit(double[][] x, double[] y, String[] groups) {
        if (x.length == 0) throw new IllegalArgumentException("ridge regression needs at least one example");
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int r = 0; r < groups.length; r++) byGroup.computeIfAbsent(groups[r], g -> new ArrayList<>()).add(r);
        double bestLambda = LAMBDAS[0], bestError = Double.POSITIVE_INFINITY;
        for (double lambda : LAMBDAS) {
            double error = byGroup.size() >= 2 ? groupError(x, y, byGroup, lambda) : leaveOneOutError(x, y, lambda);
            if (error < bestError) {
                bestError = error;
                bestLambda = lambda;
            }
        }
        return fit(x, y, bestLambda);
    }

    public static Ridge fit(double[][] x, double[] y, double lambda) {
        Standardizer st = Standardizer.fit(x);
        double[][] z = LinearSolver.withIntercept(st.apply(x));
        return new Ridge(st, LinearSolver.solve(LinearSolver.gram(z, null, lambda), xty(z, y)), lambda);
    }

    public double predict(double[] row) {
        return LinearSolver.dot(beta, LinearSolver.withIntercept(standardizer.apply(row)));
    }

    private static double groupError(double[][] x, double[] y, Map<String, List<Integer>> byGroup, double lambda) {
        double error = 0;
        for (List<Integer> held : byGroup.values()) {
            List<double[]> tx = new ArrayList<>();
            List<Double> ty = new ArrayList<>();
            for (List<Integer> other : byGroup.values()) {
                if (other == held) continue;
                for (int r : other) {
                    tx.add(x[r]);
                    ty.add(y[r]);
                }
            }
            Ridge m = fit(tx.toArray(double[][]::new), ty.stream().mapToDouble(Double::doubleValue).toArray(), lambda);
            for (int r : held) {
                double e = y[r] - m.predict(x[r]);
                error += e * e;
            }
        }
        return error;
    }

    private static double leaveOneOutError(double[][] x, double[] y, double lambda) {
        double[][] z = LinearSolver.withIntercept(Standardizer.fit(x).apply(x));
        // One factorization serves the fit and every row's leverage h_ii = z_r' A^-1 z_r.
        LinearSolver.Factor a = LinearSolver.factor(LinearSolver.gram(z, null, lambda));
        double[] beta = a.solve(xty(z, y));
        double error = 0;
        for (int r = 0; r < z.length; r++) {
            double h = LinearSolver.dot(z[r], a.solve(z[r]));
            double e = (y[r] - LinearSolver.dot(beta, z[r])) / Math.max(1e-9, 1 - h);
            error += e * e;
        }
        return error;
    }

    private static double[] xty(double[][] z, double[] y) {
        double[] out = new double[z[0].length];
        for (int r = 0; r < z.length; r++) for (int j = 0; j < out.length; j++) out[j] += z[r][j] * y[r];
        return out;
    }
}
