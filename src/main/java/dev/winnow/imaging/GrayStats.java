package dev.winnow.imaging;

/** Whole-image measures on luma shared by pixel statistics, the pixel embedder and the change maps. */
public final class GrayStats {
    private GrayStats() {
    }

    public static double mean(float[] v) {
        double s = 0;
        for (float f : v) s += f;
        return s / v.length;
    }

    public static double std(float[] v, double mean) {
        double s = 0;
        for (float f : v) {
            double d = f - mean;
            s += d * d;
        }
        return Math.sqrt(s / v.length);
    }

    /**
     * Variance of the 4-neighbour Laplacian: the usual focus measure. It depends on the pixel scale, so only
     * compare values computed at the same size.
     */
    public static double laplacianVariance(GrayImage g) {
        int w = g.width(), h = g.height();
        if (w < 3 || h < 3) return 0;
        float[] p = g.pixels();
        double s = 0, s2 = 0;
        long n = 0;
        for (int y = 1; y < h - 1; y++) {
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                double lap = p[i - 1] + p[i + 1] + p[i - w] + p[i + w] - 4 * p[i];
                s += lap;
                s2 += lap * lap;
                n++;
            }
        }
        double m = s / n;
        return Math.max(0, s2 / n - m * m);
    }
}
