package dev.winnow.imaging;

import java.awt.image.BufferedImage;

/**
 * The classic DCT perceptual hash: 32x32 luma, 2-D DCT, the 8x8 lowest frequencies (without DC) compared with
 * their median. Survives resizing and re-encoding; small crops move it a little, large crops a lot.
 */
public final class PerceptualHash {
    private static final int N = 32;
    private static final int K = 8;
    private final double[][] cos = new double[K][N];

    public PerceptualHash() {
        for (int u = 0; u < K; u++) {
            for (int x = 0; x < N; x++) cos[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * N));
        }
    }

    public long of(BufferedImage img) {
        return of(GrayImage.of(img));
    }

    public long of(GrayImage gray) {
        GrayImage small = gray.resize(N, N);
        double[][] rows = new double[N][K];
        for (int y = 0; y < N; y++) {
            for (int u = 0; u < K; u++) {
                double s = 0;
                for (int x = 0; x < N; x++) s += small.get(x, y) * cos[u][x];
                rows[y][u] = s;
            }
        }
        double[] coeffs = new double[K * K];
        for (int v = 0; v < K; v++) {
            for (int u = 0; u < K; u++) {
                double s = 0;
                for (int y = 0; y < N; y++) s += rows[y][u] * cos[v][y];
                coeffs[v * K + u] = s;
            }
        }
        double[] ac = java.util.Arrays.copyOfRange(coeffs, 1, coeffs.length);
        java.util.Arrays.sort(ac);
        double median = (ac[ac.length / 2] + ac[(ac.length - 1) / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < 64; i++) {
            if (coeffs[i] > median) hash |= 1L << i;
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
