package dev.winnow.imaging.evidence;

/**
 * Solves the small symmetric positive definite normal equations of {@link StepModel} in place, without
 * allocating (learn's solver works on row arrays and allocates; this runs a dozen times per step).
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * x with a x = b for symmetric positive definite {@code a} (n x n, row-major, full); {@code a} is overwritten
     * by its factor, {@code b} by the intermediate solution. A pivot that rounding drives to zero or below (a
     * regressor that is constant over the samples, beyond what the ridge holds) is floored so the solve goes on.
     */
    static void solveInPlace(double[] a, double[] b, int n, double[] x) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) s -= a[i * n + k] * a[j * n + k];
                if (i == j) a[i * n + i] = Math.sqrt(Math.max(s, 1e-300));
                else a[i * n + j] = s / a[j * n + j];
            }
        }
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= a[i * n + k] * b[k];
            b[i] = s / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) s -= a[k * n + i] * x[k];
            x[i] = s / a[i * n + i];
        }
    }
}
