package dev.winnow.demo;

import java.util.Random;

/** Smooth random field over the unit square: a coarse grid of random values, interpolated with smoothstep. */
final class ValueNoise {
    private final int gw;
    private final int gh;
    private final float[] grid;

    ValueNoise(long seed, int gw, int gh) {
        this.gw = gw;
        this.gh = gh;
        this.grid = new float[gw * gh];
        Random r = new Random(seed);
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (float) (r.nextDouble() * 2 - 1);
        }
    }

    /** Value in [-1, 1] at (u, v) in [0, 1]. */
    double at(double u, double v) {
        double fx = Colors.clamp01(u) * (gw - 1);
        int x0 = Math.min((int) fx, gw - 2);
        double[] row = row(v);
        return row[x0] + (row[x0 + 1] - row[x0]) * smooth(fx - x0);
    }

    /** Samples a whole image quickly: interpolate in y once per row, then only in x per pixel. */
    RowSampler sampler(int width) {
        return new RowSampler(width);
    }

    final class RowSampler {
        private final int[] x0;
        private final double[] tx;
        private double[] row;

        private RowSampler(int width) {
            x0 = new int[width];
            tx = new double[width];
            for (int x = 0; x < width; x++) {
                double fx = (x + 0.5) / width * (gw - 1);
                x0[x] = Math.min((int) fx, gw - 2);
                tx[x] = smooth(fx - x0[x]);
            }
        }

        void moveTo(double v) {
            row = row(v);
        }

        double at(int x) {
            int i = x0[x];
            return row[i] + (row[i + 1] - row[i]) * tx[x];
        }
    }

    private double[] row(double v) {
        double fy = Colors.clamp01(v) * (gh - 1);
        int y0 = Math.min((int) fy, gh - 2);
        double ty = smooth(fy - y0);
        double[] row = new double[gw];
        for (int x = 0; x < gw; x++) {
            double a = grid[y0 * gw + x];
            row[x] = a + (grid[(y0 + 1) * gw + x] - a) * ty;
        }
        return row;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
