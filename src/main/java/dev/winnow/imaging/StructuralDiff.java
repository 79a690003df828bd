package dev.winnow.imaging;

/**
 * Where and how much one stage differs from another at the common size. Global brightness and contrast are
 * normalized first, both images to the same mean and spread (an enhancement pass that brightens everything is not
 * a local break, and the comparison stays symmetric), then SSIM is computed
 * per pixel over 7x7 windows at two scales: coarse (half size: shapes, a missing navel, a broken face) and fine
 * (the common size: added or lost detail, which stage 3 legitimately adds everywhere). Dissimilarity is
 * (1 - SSIM) / 2 in [0, 1], averaged per tile. A third tile map holds the local colour shift left after the
 * global colour shift is removed.
 * <p>
 * Everything that depends on one image alone (its standardized luma, local means and variances, sharpness, colour
 * tiles) is computed once per member by {@link #prepare}; a comparison then only adds the cross term. Window sums
 * are separable 7-tap sums in float, which keeps the error far below SSIM's stabilizing constants.
 */
public final class StructuralDiff {
    /** Tiles along the long side; the short side gets proportionally fewer. */
    public static final int TILES_LONG_SIDE = 16;
    private static final int RADIUS = 3;
    private static final float C1 = 0.01f * 0.01f;
    private static final float C2 = 0.03f * 0.03f;

    /** The comparison of {@code a} against {@code ref}. */
    public record Result(TileGrid coarse, TileGrid fine, TileGrid colour, double brightnessDiff,
                         double contrastLogRatio, double sharpLogRatio, double colourShift) {
        /** The same comparison seen from the other image. */
        public Result reversed() {
            return new Result(coarse, fine, colour, -brightnessDiff, -contrastLogRatio, -sharpLogRatio, colourShift);
        }
    }

    /** One view ready for comparison with any other view of the same size. */
    public static final class Prepared {
        private final int width;
        private final int height;
        private final int cols;
        private final int rows;
        private final double mean;
        private final double std;
        private final double sharpness;
        private final double meanRg;
        private final double meanYb;
        private final Scale fine;
        private final Scale coarse;
        private final TileGrid rg;
        private final TileGrid yb;

        private Prepared(StageView v) {
            width = v.width();
            height = v.height();
            cols = width >= height ? TILES_LONG_SIDE : Math.max(1, Math.round((float) TILES_LONG_SIDE * width / height));
            rows = height >= width ? TILES_LONG_SIDE : Math.max(1, Math.round((float) TILES_LONG_SIDE * height / width));
            mean = GrayStats.mean(v.luma());
            std = GrayStats.std(v.luma(), mean);
            sharpness = GrayStats.laplacianVariance(v.gray());
            meanRg = GrayStats.mean(v.rg());
            meanYb = GrayStats.mean(v.yb());
            GrayImage standardized = new GrayImage(width, height, standardize(v.luma(), mean, std));
            fine = Scale.of(standardized);
            coarse = Scale.of(standardized.resize(Math.max(1, width / 2), Math.max(1, height / 2)));
            rg = TileGrid.mean(v.rg(), width, height, cols, rows);
            yb = TileGrid.mean(v.yb(), width, height, cols, rows);
        }
    }

    /** One scale of a prepared view: standardized luma {@code x} and its 7x7 local mean and variance. */
    private record Scale(int width, int height, float[] x, float[] mean, float[] var) {
        static Scale of(GrayImage g) {
            int w = g.width(), h = g.height();
            float[] x = g.pixels();
            float[] mean = boxMean(x, w, h);
            float[] var = boxMean(product(x, x), w, h);
            for (int i = 0; i < var.length; i++) var[i] = Math.max(0f, var[i] - mean[i] * mean[i]);
            return new Scale(w, h, x, mean, var);
        }
    }

    public Prepared prepare(StageView v) {
        return new Prepared(v);
    }

    public Result compare(StageView a, StageView ref) {
        return compare(prepare(a), prepare(ref));
    }

    public Result compare(Prepared a, Prepared ref) {
        if (a.width != ref.width || a.height != ref.height) {
            throw new IllegalArgumentException("views differ in size: " + a.width + "x" + a.height + " vs "
                    + ref.width + "x" + ref.height);
        }
        TileGrid coarse = TileGrid.mean(dissimilarity(a.coarse, ref.coarse), a.coarse.width, a.coarse.height, a.cols, a.rows);
        TileGrid fine = TileGrid.mean(dissimilarity(a.fine, ref.fine), a.width, a.height, a.cols, a.rows);
        double sharpLog = Math.log((a.sharpness + 1e-6) / (ref.sharpness + 1e-6)) / Math.log(2);
        double dRg = a.meanRg - ref.meanRg, dYb = a.meanYb - ref.meanYb;
        float[] colour = new float[a.cols * a.rows];
        for (int i = 0; i < colour.length; i++) {
            colour[i] = (float) Math.hypot(a.rg.values()[i] - ref.rg.values()[i] - dRg, a.yb.values()[i] - ref.yb.values()[i] - dYb);
        }
        return new Result(coarse, fine, new TileGrid(a.cols, a.rows, colour), a.mean - ref.mean,
                Math.log((a.std + 1e-6) / (ref.std + 1e-6)) / Math.log(2), sharpLog, Math.hypot(dRg, dYb));
    }

    /** To mean 0.5 and standard deviation 0.2, the range SSIM's constants are tuned for. */
    private static float[] standardize(float[] v, double mean, double std) {
        float gain = (float) (std < 1e-6 ? 1 : 0.2 / std), m = (float) mean;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (v[i] - m) * gain + 0.5f;
        return out;
    }

    /** Per-pixel (1 - SSIM) / 2 over (2r+1)^2 windows (clipped at the border). */
    private static float[] dissimilarity(Scale a, Scale b) {
        float[] cross = boxMean(product(a.x, b.x), a.width, a.height);
        float[] out = new float[cross.length];
        for (int i = 0; i < out.length; i++) {
            float mx = a.mean[i], my = b.mean[i];
            float cxy = cross[i] - mx * my;
            float ssim = ((2 * mx * my + C1) * (2 * cxy + C2)) / ((mx * mx + my * my + C1) * (a.var[i] + b.var[i] + C2));
            out[i] = Math.min(1f, Math.max(0f, (1 - ssim) / 2));
        }
        return out;
    }

    private static float[] product(float[] x, float[] y) {
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) out[i] = x[i] * y[i];
        return out;
    }

    /** Mean over the (2r+1)^2 window around each pixel, clipped at the border; rows across, then columns down. */
    static float[] boxMean(float[] v, int w, int h) {
        float[] across = new float[v.length];
        float inner = 1f / (2 * RADIUS + 1);
        for (int r = 0; r < h; r++) {
            int base = r * w;
            for (int c = 0; c < Math.min(w, RADIUS); c++) across[base + c] = clippedMean(v, base, c, w);
            // Away from the border every window is full: a fixed 7-tap sum the JIT can vectorize.
            for (int i = base + RADIUS, end = base + w - RADIUS; i < end; i++) {
                across[i] = (v[i - 3] + v[i - 2] + v[i - 1] + v[i] + v[i + 1] + v[i + 2] + v[i + 3]) * inner;
            }
            for (int c = Math.max(RADIUS, w - RADIUS); c < w; c++) across[base + c] = clippedMean(v, base, c, w);
        }
        float[] out = new float[v.length];
        for (int r = 0; r < h; r++) {
            int r0 = Math.max(0, r - RADIUS), r1 = Math.min(h, r + RADIUS + 1), base = r * w;
            for (int k = r0; k < r1; k++) {
                int src = k * w;
                for (int c = 0; c < w; c++) out[base + c] += across[src + c];
            }
            float inv = 1f / (r1 - r0);
            for (int c = 0; c < w; c++) out[base + c] *= inv;
        }
        return out;
    }

    private static float clippedMean(float[] v, int base, int c, int w) {
        int c0 = Math.max(0, c - RADIUS), c1 = Math.min(w, c + RADIUS + 1);
        float s = 0;
        for (int k = c0; k < c1; k++) s += v[base + k];
        return s / (c1 - c0);
    }
}
