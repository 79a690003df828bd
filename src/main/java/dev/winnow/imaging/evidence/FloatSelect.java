package dev.winnow.imaging.evidence;

import java.util.Arrays;

/**
 * Order statistics of float arrays without sorting them: one counting pass over the top 16 bits of each value's
 * order-preserving bit pattern finds the narrow bins holding the wanted ranks, a second pass gathers the values
 * of those bins, and only they are sorted. Exact, so medians and top-k sums equal numpy's. Scratch buffers are
 * owned by the instance: one instance per thread.
 */
final class FloatSelect {
    private static final int BINS = 1 << 16;
    private final int[] counts = new int[BINS];
    private int[] keys = new int[1024];
    private float[] top = new float[0];

    /** A float's bits mapped to an int whose unsigned order is the float order (negative floats first). */
    static int ordered(float v) {
        int b = Float.floatToRawIntBits(v);
        return (b ^ ((b >> 31) & 0x7fffffff)) ^ 0x80000000;
    }

    static float fromOrdered(int u) {
        int k = u ^ 0x80000000;
        return Float.intBitsToFloat(k ^ ((k >> 31) & 0x7fffffff));
    }

    /** numpy's median of {@code values[0..n)}: the middle value, or the mean of the two middle values. */
    float median(float[] values, int n) {
        int lo = (n - 1) / 2, hi = n / 2;
        int below = gather(values, n, lo, hi);
        float a = fromOrdered(keys[lo - below]), b = fromOrdered(keys[hi - below]);
        return lo == hi ? a : (a + b) / 2f;
    }

    /** numpy's median of the absolute values of every element of {@code planes} (equal lengths). */
    float medianOfAbsolutes(float[][] planes) {
        int n = planes.length * planes[0].length;
        int lo = (n - 1) / 2, hi = n / 2;
        Arrays.fill(counts, 0);
        for (float[] p : planes) for (float v : p) counts[ordered(Math.abs(v)) >>> 16]++;
        int[] range = binRange(lo, hi);
        int first = range[0], last = range[1], below = range[2], m = range[3];
        int j = 0;
        for (float[] p : planes) {
            for (float v : p) {
                int u = ordered(Math.abs(v)), b = u >>> 16;
                if (b >= first && b <= last) keys[j++] = u ^ 0x80000000;
            }
        }
        sortKeys(m);
        float a = fromOrdered(keys[lo - below]), b = fromOrdered(keys[hi - below]);
        return lo == hi ? a : (a + b) / 2f;
    }

    /** The {@code k}-th smallest (0-based) of {@code values[0..n)}. */
    float kth(float[] values, int n, int k) {
        int below = gather(values, n, k, k);
        return fromOrdered(keys[k - below]);
    }

    /**
     * The {@code k} largest of {@code values[0..n)}, in descending order, in a buffer owned by this instance (valid
     * until the next call).
     */
    float[] largest(float[] values, int n, int k) {
        int below = gather(values, n, n - k, n - 1);
        if (top.length < k) top = new float[Math.max(k, 2 * top.length)];
        for (int i = 0; i < k; i++) top[i] = fromOrdered(keys[n - 1 - i - below]);
        return top;
    }

    /**
     * Gathers, sorted, the values of every bin from the one holding rank {@code lo} to the one holding rank
     * {@code hi} into {@link #keys}; returns how many values lie below them (rank r is at keys[r - returned]).
     */
    private int gather(float[] values, int n, int lo, int hi) {
        if (n <= 0 || lo < 0 || hi >= n || lo > hi) throw new IllegalArgumentException("ranks " + lo + ".." + hi + " of " + n);
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) counts[ordered(values[i]) >>> 16]++;
        int[] range = binRange(lo, hi);
        int first = range[0], last = range[1], below = range[2], m = range[3];
        int j = 0;
        for (int i = 0; i < n; i++) {
            int u = ordered(values[i]), b = u >>> 16;
            if (b >= first && b <= last) keys[j++] = u ^ 0x80000000;
        }
        sortKeys(m);
        return below;
    }

    /**
     * From {@link #counts}: the first and last bin holding ranks lo..hi, how many values lie below the first, and
     * how many the bins hold (the key buffer is grown to fit them).
     */
    private int[] binRange(int lo, int hi) {
        int bin = 0, below = 0;
        while (below + counts[bin] <= lo) below += counts[bin++];
        int first = bin, upTo = below;
        while (upTo + counts[bin] <= hi) upTo += counts[bin++];
        int m = upTo + counts[bin] - below;
        if (keys.length < m) keys = new int[Math.max(m, 2 * keys.length)];
        return new int[] {first, bin, below, m};
    }

    /** Sorted as signed ints, the keys (ordered bits with the top bit flipped) keep the float order. */
    private void sortKeys(int m) {
        Arrays.sort(keys, 0, m);
        for (int i = 0; i < m; i++) keys[i] ^= 0x80000000;
    }
}
