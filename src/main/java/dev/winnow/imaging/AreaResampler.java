package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Area-average resampling of a stream of rows (each output pixel is the mean of the source area it covers): no
 * aliasing and no ringing, which matters for thumbnails and for comparing stages at a common size. Columns
 * first: each incoming row is added, weighted, to the one or two output rows it overlaps (plain loops over the
 * row that the JIT vectorizes), and an output row is resampled across once it is complete. Only the open output
 * rows are held, so a large source never needs to exist as a whole.
 */
final class AreaResampler implements RowSink.Collecting {
    private final int srcWidth;
    private final int dstWidth;
    private final int dstHeight;
    private final RgbImages.AreaWeights ys;
    /** Across: every output pixel reads the same number of source pixels from tapStart, zero weights padding. */
    private final int taps;
    private final int[] tapStart;
    private final float[] tapWeight;
    private final int[] row;
    private final float[] red;
    private final float[] green;
    private final float[] blue;
    /** R, G, B sums of the open output rows: output row i uses planes 3 * (i % slots) ... + 2. */
    private final float[][] open;
    private final int slots;
    private final int[] out;
    private int y;
    private int firstOpen;

    AreaResampler(int srcWidth, int srcHeight, int dstWidth, int dstHeight) {
        this.srcWidth = srcWidth;
        this.dstWidth = dstWidth;
        this.dstHeight = dstHeight;
        this.ys = RgbImages.AreaWeights.of(srcHeight, dstHeight);
        RgbImages.AreaWeights xs = RgbImages.AreaWeights.of(srcWidth, dstWidth);
        int t = 1;
        for (int o = 0; o < dstWidth; o++) t = Math.max(t, xs.end[o] - xs.start[o]);
        this.taps = t;
        this.tapStart = new int[dstWidth];
        this.tapWeight = new float[dstWidth * t];
        for (int o = 0; o < dstWidth; o++) {
            int start = Math.min(xs.start[o], srcWidth - t);
            tapStart[o] = start;
            for (int k = xs.start[o], j = xs.offset[o]; k < xs.end[o]; k++, j++) tapWeight[o * t + k - start] = xs.weight[j];
        }
        this.row = new int[srcWidth];
        this.red = new float[srcWidth];
        this.green = new float[srcWidth];
        this.blue = new float[srcWidth];
        this.slots = maxOverlap(ys, srcHeight);
        this.open = new float[3 * slots][srcWidth];
        this.out = new int[dstWidth * dstHeight];
    }

    /** The largest number of output rows that one source row contributes to. */
    private static int maxOverlap(RgbImages.AreaWeights ys, int srcHeight) {
        int[] count = new int[srcHeight + 1];
        for (int o = 0; o < ys.start.length; o++) {
            count[ys.start[o]]++;
            count[ys.end[o]]--;
        }
        int max = 1;
        for (int k = 0, c = 0; k < srcHeight; k++) max = Math.max(max, c += count[k]);
        return max;
    }

    @Override
    public int[] rowArray() {
        return row;
    }

    @Override
    public int rowOffset() {
        return 0;
    }

    @Override
    public void rowDone() {
        int k = y++;
        for (int x = 0; x < srcWidth; x++) {
            int p = row[x];
            red[x] = (p >> 16) & 0xff;
            green[x] = (p >> 8) & 0xff;
            blue[x] = p & 0xff;
        }
        for (int oy = firstOpen; oy < dstHeight && ys.start[oy] <= k; oy++) {
            float w = ys.weight[ys.offset[oy] + k - ys.start[oy]];
            int slot = 3 * (oy % slots);
            if (w != 0) {
                addWeighted(open[slot], red, w);
                addWeighted(open[slot + 1], green, w);
                addWeighted(open[slot + 2], blue, w);
            }
        }
        while (firstOpen < dstHeight && ys.end[firstOpen] <= k + 1) emit(firstOpen++);
    }

    private static void addWeighted(float[] acc, float[] v, float w) {
        for (int x = 0; x < acc.length; x++) acc[x] += v[x] * w;
    }

    private void emit(int oy) {
        int slot = 3 * (oy % slots);
        float[] r = open[slot], g = open[slot + 1], b = open[slot + 2];
        for (int ox = 0, o = oy * dstWidth; ox < dstWidth; ox++) {
            int s = tapStart[ox], j = ox * taps;
            float vr = 0, vg = 0, vb = 0;
            for (int t = 0; t < taps; t++) {
                float w = tapWeight[j + t];
                vr += r[s + t] * w;
                vg += g[s + t] * w;
                vb += b[s + t] * w;
            }
            out[o + ox] = channel(vr) << 16 | channel(vg) << 8 | channel(vb);
        }
        Arrays.fill(r, 0f);
        Arrays.fill(g, 0f);
        Arrays.fill(b, 0f);
    }

    /** Rounds a mean of 0..255 values; float weights can overshoot 255 by a hair. */
    private static int channel(float v) {
        return Math.min(255, (int) (v + 0.5f));
    }

    @Override
    public BufferedImage image() {
        return RgbImages.wrap(dstWidth, dstHeight, out);
    }
}
