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

    /** Sum of the central-difference gradient magnitudes (borders 0) and how many exceed {@code threshold}. */
    public record Gradients(double magnitudeSum, long above) {
    }

    /** {@link Gradients} in one pass, without a per-pixel array. */
    public static Gradients gradientSummary(GrayImage g, float threshold) {
        int w = g.width(), h = g.height();
        float[] p = g.pixels();
        double sum = 0;
        long above = 0;
        for (int y = 1; y < h - 1; y++) {
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                float gx = (p[i + 1] - p[i - 1]) * 0.5f, gy = (p[i + w] - p[i - w]) * 0.5f;
                float m = (float) Math.sqrt(gx * gx + gy * gy);
                sum += m;
                if (m > threshold) above++;
            }
        }
        return new Gradients(sum, above);
    }
}
