package dev.winnow.imaging.evidence;

/**
 * Six numbers about one evidence map relative to the image's own distribution of it (the probe's
 * {@code map_stats}), with a border of {@value #BORDER} px left out (filters and resizing make edges unreliable):
 * robust z = (m - median) / (1.4826 MAD + floor), the median and MAD from every other pixel of every other row
 * (the maps are smooth); then the largest z, the mean z of the top 0.5%, the share above z 6, the share of the
 * excess over the median held by the top 2% (concentration), the log median level, and the share of the map
 * covered by the 4-connected region around the peak where z exceeds max(peak / 2, 2) (compact or spread).
 * Buffers are owned by the instance: one instance per thread and size.
 */
final class MapSummary {
    static final int BORDER = 6;
    static final int STATS = 6;

    private final int width;
    private final int height;
    private final int iw;
    private final int ih;
    private final float[] inner;
    private final float[] sub;
    private final int[] stack;
    private final int[] region;
    private final boolean[] seen;
    private final FloatSelect select;

    MapSummary(int width, int height, FloatSelect select) {
        this.width = width;
        this.height = height;
        this.iw = width - 2 * BORDER;
        this.ih = height - 2 * BORDER;
        if (iw < 2 || ih < 2) throw new IllegalArgumentException("map " + width + "x" + height + " too small to summarise");
        this.inner = new float[iw * ih];
        this.sub = new float[((iw + 1) / 2) * ((ih + 1) / 2)];
        this.stack = new int[iw * ih];
        this.region = new int[iw * ih];
        this.seen = new boolean[iw * ih];
        this.select = select;
    }

    /**
     * Writes the six stats of {@code map} (absolute values when {@code absolute}) at {@code out[at..at+6)}.
     */
    void summarise(float[] map, boolean absolute, float floor, float[] out, int at) {
        int n = iw * ih, s = 0;
        for (int y = 0; y < ih; y++) {
            int src = (y + BORDER) * width + BORDER, dst = y * iw;
            if (absolute) {
                for (int x = 0; x < iw; x++) inner[dst + x] = Math.abs(map[src + x]);
            } else {
                System.arraycopy(map, src, inner, dst, iw);
            }
            if ((y & 1) == 0) for (int x = 0; x < iw; x += 2) sub[s++] = inner[dst + x];
        }
        float med = select.median(sub, s);
        for (int i = 0; i < s; i++) sub[i] = Math.abs(sub[i] - med);
        float mad = select.median(sub, s);
        float scale = (float) (1.4826 * mad + floor);

        int peak = 0;
        double sumPos = 0;
        int above6 = 0;
        for (int i = 0; i < n; i++) {
            float v = inner[i];
            if (v > inner[peak]) peak = i;
            float d = v - med;
            if (d > 0) sumPos += d;
            if (d / scale > 6) above6++;
        }
        float zmax = (inner[peak] - med) / scale;
        int k = Math.max(1, n / 200), k2 = Math.max(k, Math.max(1, n / 50));
        float[] top = select.largest(inner, n, k2);
        double topSum = 0, topPos = 0;
        for (int i = 0; i < k2; i++) {
            if (i < k) topSum += top[i];
            topPos += Math.max(0f, top[i] - med);
        }
        out[at] = zmax;
        out[at + 1] = ((float) (topSum / k) - med) / scale;
        out[at + 2] = (float) above6 / n;
        out[at + 3] = (float) (topPos / (sumPos + 1e-9));
        out[at + 4] = (float) Math.log(med + 1e-5);
        out[at + 5] = zmax > 2 ? (float) peakRegion(peak, med, scale, Math.max(zmax / 2, 2f)) / n : 0f;
    }

    /** Pixels of the 4-connected region around {@code start} where z exceeds {@code threshold}. */
    private int peakRegion(int start, float med, float scale, float threshold) {
        int top = 0, size = 0;
        stack[top++] = start;
        seen[start] = true;
        while (top > 0) {
            int i = stack[--top];
            region[size++] = i;
            int x = i % iw, y = i / iw;
            if (x > 0) top = push(i - 1, top, med, scale, threshold);
            if (x < iw - 1) top = push(i + 1, top, med, scale, threshold);
            if (y > 0) top = push(i - iw, top, med, scale, threshold);
            if (y < ih - 1) top = push(i + iw, top, med, scale, threshold);
        }
        for (int j = 0; j < size; j++) seen[region[j]] = false;
        return size;
    }

    private int push(int i, int top, float med, float scale, float threshold) {
        if (seen[i] || (inner[i] - med) / scale <= threshold) return top;
        seen[i] = true;
        stack[top] = i;
        return top + 1;
    }
}
