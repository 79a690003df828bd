package dev.winnow.learn.fit;

import java.util.Arrays;

/**
 * Centres and scales each column by its training mean and standard deviation; a missing value (NaN) becomes the
 * training mean, i.e. zero, so that it pulls a linear model towards its average answer instead of anywhere.
 */
public record Standardizer(double[] mean, double[] scale) {

    public static Standardizer fit(double[][] x) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[] mean = new double[p], scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0, s2 = 0;
            int n = 0;
            for (double[] row : x) {
                if (Double.isNaN(row[j])) continue;
                s += row[j];
                s2 += row[j] * row[j];
                n++;
            }
            mean[j] = n == 0 ? 0 : s / n;
            double var = n == 0 ? 0 : s2 / n - mean[j] * mean[j];
            scale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        return new Standardizer(mean, scale);
    }

    public double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " values, the model expects " + mean.length);
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) out[j] = Double.isNaN(row[j]) ? 0 : (row[j] - mean[j]) / scale[j];
        return out;
    }

    public double[][] apply(double[][] x) {
        return Arrays.stream(x).map(this::apply).toArray(double[][]::new);
    }
}
