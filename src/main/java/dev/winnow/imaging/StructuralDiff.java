package dev.winnow.imaging;

/**
 * Where and how much one stage differs from another at the common size. Global brightness and contrast are
 * normalized first, both images to the same mean and spread (an enhancement pass that brightens everything is not
 * a local break, and the comparison stays symmetric), then SSIM is computed
 * per pixel over 7x7 windows at two scales: coarse (half size: shapes, a missing navel, a broken face) and fine
 * (the common size: added or lost detail, which stage 3 legitimately adds everywhere). Dissimilarity is
 * (1 - SSIM) / 2 in [0, 1], averaged per tile. A third tile map holds the local colour shift left after the
 * global colour shift is removed.
 */
public final class StructuralDiff {
    /** Tiles along the long side; the short side gets proportionally fewer. */
    public static final int TILES_LONG_SIDE = 16;
    private static final int RADIUS = 3;
    private static final double C1 = 0.01 * 0.01;
    private static final double C2 = 0.03 * 0.03;

    /** The comparison of {@code a} against {@code ref}. */
    public record Result(TileGrid coarse, TileGrid fine, TileGrid colour, double brightnessDiff,
                         double contrastLogRatio, double sharpLogRatio, double colourShift) {
        /** The same comparison seen from the other image. */
        public Result reversed() {
            return new Result(coarse, fine, colour, -brightnessDiff, -contrastLogRatio, -sharpLogRatio, colourShift);
        }
    }

    public Result compare(StageView a, StageView ref) {
        if (a.width() != ref.width() || a.height() != ref.height()) {
            throw new IllegalArgumentException("views differ in size: " + a.width() + "x" + a.height() + " vs "
                    + ref.width() + "x" + ref.height());
        }
        int w = a.width(), h = a.height();
        double meanA = GrayStats.mean(a.luma()), meanR = GrayStats.mean(ref.luma());
        double stdA = GrayStats.std(a.luma(), meanA), stdR = GrayStats.std(ref.luma(), meanR);
        float[] normA = standardize(a.luma(), meanA, stdA), normR = standardize(ref.luma(), meanR, stdR);

        int cols = w >= h ? TILES_LONG_SIDE : Math.max(1, Math.round((float) TILES_LONG_SIDE * w / h));
        int rows = h >= w ? TILES_LONG_SIDE : Math.max(1, Math.round((float) TILES_LONG_SIDE * h / w));

        GrayImage fineA = new GrayImage(w, h, normA), fineR = new GrayImage(w, h, normR);
        int cw = Math.max(1, w / 2), ch = Math.max(1, h / 2);
        GrayImage coarseA = fineA.resize(cw, ch), coarseR = fineR.resize(cw, ch);
        TileGrid coarse = TileGrid.mean(dissimilarity(coarseA, coarseR), cw, ch, cols, rows);
        TileGrid fine = TileGrid.mean(dissimilarity(fineA, fineR), w, h, cols, rows);

        double sharpA = GrayStats.laplacianVariance(new GrayImage(w, h, a.luma()));
        double sharpR = GrayStats.laplacianVariance(new GrayImage(w, h, ref.luma()));
        double sharpLog = Math.log((sharpA + 1e-6) / (sharpR + 1e-6)) / Math.log(2);

        double dRg = GrayStats.mean(a.rg()) - GrayStats.mean(ref.rg());
        double dYb = GrayStats.mean(a.yb()) - GrayStats.mean(ref.yb());
        TileGrid colour = localColourShift(a, ref, dRg, dYb, cols, rows);
        return new Result(coarse, fine, colour, meanA - meanR,
                Math.log((stdA + 1e-6) / (stdR + 1e-6)) / Math.log(2), sharpLog, Math.hypot(dRg, dYb));
    }

    /** To mean 0.5 and standard deviation 0.2, the range SSIM's constants are tuned for. */
    private static float[] standardize(float[] v, double mean, double std) {
        double gain = std < 1e-6 ? 1 : 0.2 / std;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) ((v[i] - mean) * gain + 0.5);
        return out;
    }

    private static TileGrid localColourShift(StageView a, StageView ref, double dRg, double dYb, int cols, int rows) {
        int w = a.width(), h = a.height();
        TileGrid rgA = TileGrid.mean(a.rg(), w, h, cols, rows), rgR = TileGrid.mean(ref.rg(), w, h, cols, rows);
        TileGrid ybA = TileGrid.mean(a.yb(), w, h, cols, rows), ybR = TileGrid.mean(ref.yb(), w, h, cols, rows);
        float[] out = new float[cols * rows];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.hypot(rgA.values()[i] - rgR.values()[i] - dRg, ybA.values()[i] - ybR.values()[i] - dYb);
        }
        return new TileGrid(cols, rows, out);
    }

    /** Per-pixel (1 - SSIM) / 2 over (2r+1)^2 box windows, computed with integral images. */
    static float[] dissimilarity(GrayImage a, GrayImage b) {
        int w = a.width(), h = a.height();
        float[] x = a.pixels(), y = b.pixels();
        int iw = w + 1;
        double[] sx = new double[iw * (h + 1)], sy = new double[sx.length], sxx = new double[sx.length],
                syy = new double[sx.length], sxy = new double[sx.length];
        for (int r = 0; r < h; r++) {
            double ax = 0, ay = 0, axx = 0, ayy = 0, axy = 0;
            for (int c = 0; c < w; c++) {
                double vx = x[r * w + c], vy = y[r * w + c];
                ax += vx;
                ay += vy;
                axx += vx * vx;
                ayy += vy * vy;
                axy += vx * vy;
                int i = (r + 1) * iw + c + 1, up = r * iw + c + 1;
                sx[i] = sx[up] + ax;
                sy[i] = sy[up] + ay;
                sxx[i] = sxx[up] + axx;
                syy[i] = syy[up] + ayy;
                sxy[i] = sxy[up] + axy;
            }
        }
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) {
            int r0 = Math.max(0, r - RADIUS), r1 = Math.min(h, r + RADIUS + 1);
            for (int c = 0; c < w; c++) {
                int c0 = Math.max(0, c - RADIUS), c1 = Math.min(w, c + RADIUS + 1);
                double n = (double) (r1 - r0) * (c1 - c0);
                double mx = box(sx, iw, r0, r1, c0, c1) / n, my = box(sy, iw, r0, r1, c0, c1) / n;
                double vx = Math.max(0, box(sxx, iw, r0, r1, c0, c1) / n - mx * mx);
                double vy = Math.max(0, box(syy, iw, r0, r1, c0, c1) / n - my * my);
                double cxy = box(sxy, iw, r0, r1, c0, c1) / n - mx * my;
                double ssim = ((2 * mx * my + C1) * (2 * cxy + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                out[r * w + c] = (float) Math.min(1, Math.max(0, (1 - ssim) / 2));
            }
        }
        return out;
    }

    private static double box(double[] s, int iw, int r0, int r1, int c0, int c1) {
        return s[r1 * iw + c1] - s[r0 * iw + c1] - s[r1 * iw + c0] + s[r0 * iw + c0];
    }
}
