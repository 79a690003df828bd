package dev.winnow.imaging.evidence;

import java.util.HashMap;
import java.util.Map;

/**
 * Separable filters over one float plane of a fixed size, with the boundary handling of scipy.ndimage's default
 * ({@code reflect}: d c b a | a b c d | d c b a), so that the maps match the research probe they were ported from.
 * Every inner loop runs along a row with a fixed stride, which the JIT turns into vector instructions; scratch
 * buffers are owned by the instance and reused, so one instance serves one thread.
 */
final class Filters {
    private final int width;
    private final int height;
    private final float[] tmp;
    private final double[] acc;
    private final float[] line;
    private float[] row;
    /** Padded rows of the box filter's four-row pass. */
    private float[][] rows;
    private final Map<Double, float[]> kernels = new HashMap<>();

    Filters(int width, int height) {
        this.width = width;
        this.height = height;
        this.tmp = new float[width * height];
        this.row = new float[width + 2 * 32];
        this.acc = new double[width];
        this.line = new float[width];
        this.rows = new float[4][width + 2 * 12];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Index of a sample outside [0, n) under scipy's reflect mode (the edge sample repeated, then mirrored). */
    static int reflect(int i, int n) {
        int period = 2 * n;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - 1 - m;
    }

    /**
     * The half kernel (centre first) of scipy's gaussian_filter1d: radius int(4 sigma + 0.5), weights
     * exp(-x^2 / 2 sigma^2) normalized to sum 1.
     */
    float[] kernel(double sigma) {
        return kernels.computeIfAbsent(sigma, s -> {
            int r = (int) (4.0 * s + 0.5);
            double[] k = new double[r + 1];
            double sum = 0;
            for (int x = 0; x <= r; x++) {
                k[x] = Math.exp(-0.5 * x * x / (s * s));
                sum += x == 0 ? k[x] : 2 * k[x];
            }
            float[] out = new float[r + 1];
            for (int x = 0; x <= r; x++) out[x] = (float) (k[x] / sum);
            return out;
        });
    }

    /**
     * Gaussian blur of {@code in} into {@code out} (distinct arrays), columns first as scipy does. Each output row
     * is summed in a row-sized buffer that stays in the L1 cache (a third faster than summing in place).
     */
    void gaussian(float[] in, float[] out, double sigma) {
        float[] k = kernel(sigma);
        int r = k.length - 1;
        int w = width;
        float[] sum = line;
        float k0 = k[0];
        for (int y = 0; y < height; y++) {
            int o = y * w;
            for (int x = 0; x < w; x++) sum[x] = k0 * in[o + x];
            for (int t = 1; t <= r; t++) {
                int up = reflect(y - t, height) * w, down = reflect(y + t, height) * w;
                float kt = k[t];
                for (int x = 0; x < w; x++) sum[x] += kt * (in[up + x] + in[down + x]);
            }
            System.arraycopy(sum, 0, tmp, o, w);
        }
        for (int y = 0; y < height; y++) {
            int o = y * w;
            pad(tmp, o, w, r);
            float[] p = row;
            for (int x = 0; x < w; x++) sum[x] = k0 * p[x + r];
            for (int t = 1; t <= r; t++) {
                float kt = k[t];
                int left = r - t, right = r + t;
                for (int x = 0; x < w; x++) sum[x] += kt * (p[x + left] + p[x + right]);
            }
            System.arraycopy(sum, 0, out, o, w);
        }
    }

    /** scipy's uniform_filter of odd {@code size}: the mean over a size x size window, running sums in double. */
    void box(float[] in, float[] out, int size) {
        int r = size / 2;
        int w = width;
        double inv = 1.0 / size;
        java.util.Arrays.fill(acc, 0, w, 0);
        for (int t = -r; t <= r; t++) {
            int s = reflect(t, height) * w;
            for (int x = 0; x < w; x++) acc[x] += in[s + x];
        }
        for (int y = 0; y < height; y++) {
            int o = y * w;
            for (int x = 0; x < w; x++) tmp[o + x] = (float) (acc[x] * inv);
            if (y + 1 < height) {
                int add = reflect(y + 1 + r, height) * w, sub = reflect(y - r, height) * w;
                for (int x = 0; x < w; x++) acc[x] += in[add + x] - in[sub + x];
            }
        }
        // Across: four rows at a time, so that four running sums advance together instead of one waiting on
        // each add (the sum is a serial chain; this halves the pass).
        if (rows[0].length < w + 2 * (r + 1)) rows = new float[4][w + 2 * (r + 1)];
        int y = 0;
        for (; y + 3 < height; y += 4) {
            int o = y * w;
            pad(tmp, o, w, r + 1, rows[0]);
            pad(tmp, o + w, w, r + 1, rows[1]);
            pad(tmp, o + 2 * w, w, r + 1, rows[2]);
            pad(tmp, o + 3 * w, w, r + 1, rows[3]);
            float[] p0 = rows[0], p1 = rows[1], p2 = rows[2], p3 = rows[3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int t = 1; t <= size; t++) {
                s0 += p0[t];
                s1 += p1[t];
                s2 += p2[t];
                s3 += p3[t];
            }
            for (int x = 0; x < w; x++) {
                out[o + x] = (float) (s0 * inv);
                out[o + w + x] = (float) (s1 * inv);
                out[o + 2 * w + x] = (float) (s2 * inv);
                out[o + 3 * w + x] = (float) (s3 * inv);
                int add = x + size + 1, sub = x + 1;
                s0 += p0[add] - p0[sub];
                s1 += p1[add] - p1[sub];
                s2 += p2[add] - p2[sub];
                s3 += p3[add] - p3[sub];
            }
        }
        for (; y < height; y++) {
            int o = y * w;
            pad(tmp, o, w, r + 1, rows[0]);
            float[] p = rows[0];
            double s = 0;
            for (int t = 1; t <= size; t++) s += p[t];
            for (int x = 0; x < w; x++) {
                out[o + x] = (float) (s * inv);
                s += p[x + size + 1] - p[x + 1];
            }
        }
    }

    /** Copies row {@code o} of {@code src} into {@link #row} with {@code r} reflected samples on each side. */
    private void pad(float[] src, int o, int w, int r) {
        if (row.length < w + 2 * r) row = new float[w + 2 * r];
        pad(src, o, w, r, row);
    }

    private void pad(float[] src, int o, int w, int r, float[] into) {
        System.arraycopy(src, o, into, r, w);
        for (int t = 1; t <= r; t++) {
            into[r - t] = src[o + reflect(-t, w)];
            into[r + w - 1 + t] = src[o + reflect(w - 1 + t, w)];
        }
    }

    /**
     * Squared gradient magnitude as numpy.gradient computes it: central differences inside, one-sided differences
     * at the first and last sample of each axis.
     */
    void gradientEnergy(float[] in, float[] out) {
        int w = width, h = height;
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int up = (y == 0 ? 0 : y - 1) * w, down = (y == h - 1 ? h - 1 : y + 1) * w;
            float dyScale = y == 0 || y == h - 1 ? 1f : 0.5f;
            if (h == 1) dyScale = 0f;
            for (int x = 0; x < w; x++) {
                float gy = (in[down + x] - in[up + x]) * dyScale;
                out[o + x] = gy * gy;
            }
            if (w == 1) continue;
            float gx0 = in[o + 1] - in[o];
            out[o] += gx0 * gx0;
            for (int x = 1; x < w - 1; x++) {
                float gx = (in[o + x + 1] - in[o + x - 1]) * 0.5f;
                out[o + x] += gx * gx;
            }
            float gxn = in[o + w - 1] - in[o + w - 2];
            out[o + w - 1] += gxn * gxn;
        }
    }
}
