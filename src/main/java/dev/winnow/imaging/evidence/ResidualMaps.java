package dev.winnow.imaging.evidence;

/**
 * Maps of what a step's global model cannot explain (the probe's {@code residual_features}), at full working
 * resolution, r = upper - prediction, box windows of 11 px unless named:
 * <ul>
 * <li>{@code all}: residual energy; {@code hi}, {@code lo}: its structure and brightness parts (a Gaussian of
 * sigma 2.5 splits them); {@code chroma}: its colour-only part (minus its luma);
 * <li>{@code hi_rel}: unexplained detail relative to the detail present (high-pass luma energy of prediction and
 * upper image, hp(x) = x - G(x, 1.2));
 * <li>{@code struct}, {@code struct_w23}: loss of detail alignment, 1 - local correlation of the two high-passes;
 * <li>{@code ratio}: detail lost (negative) or invented (positive), log of the local high-pass energy ratio;
 * <li>{@code hi_w23}: the structure part at 23 px.
 * </ul>
 * One instance holds the buffers of one working size and is reused for every step and variant of that size.
 */
final class ResidualMaps {
    static final int ALL = 0, HI = 1, LO = 2, HI_REL = 3, CHROMA = 4, STRUCT = 5, RATIO = 6, HI_W23 = 7, STRUCT_W23 = 8;
    static final int COUNT = 9;
    private static final float C2 = 1e-5f;

    private final Filters f;
    private final int n;
    private final float[][] maps;
    private final float[][] r = new float[3][];
    private final float[] lo;
    private final float[] eAll;
    private final float[] eHi;
    private final float[] eLo;
    private final float[] eChroma;
    private final float[] hpp;
    private final float[] hpb;
    private final float[] scratch;
    private final float[] pp;
    private final float[] bb;
    private final float[] pb;
    private final float[] act;
    private final float[] epp;
    private final float[] ebb;
    private final float[] epb;

    ResidualMaps(Filters f) {
        this.f = f;
        this.n = f.width() * f.height();
        maps = new float[COUNT][n];
        for (int c = 0; c < 3; c++) r[c] = new float[n];
        lo = new float[n];
        eAll = new float[n];
        eHi = new float[n];
        eLo = new float[n];
        eChroma = new float[n];
        hpp = new float[n];
        hpb = new float[n];
        scratch = new float[n];
        pp = new float[n];
        bb = new float[n];
        pb = new float[n];
        act = new float[n];
        epp = new float[n];
        ebb = new float[n];
        epb = new float[n];
    }

    /** The residual r = upper - pred, per channel (valid after {@link #compute}). */
    float[][] residual() {
        return r;
    }

    /** Computes the nine maps; map {@code i} is then {@code map(i)} (the ratio signed). */
    void compute(float[][] upper, float[][] pred) {
        float[] r0 = r[0], r1 = r[1], r2 = r[2];
        for (int c = 0; c < 3; c++) {
            float[] b = upper[c], p = pred[c], rc = r[c];
            for (int i = 0; i < n; i++) rc[i] = b[i] - p[i];
        }
        for (int i = 0; i < n; i++) {
            float a = r0[i], b = r1[i], c = r2[i];
            float l = Planes.LUMA_R * a + Planes.LUMA_G * b + Planes.LUMA_B * c;
            eAll[i] = a * a + b * b + c * c;
            float ca = a - l, cb = b - l, cc = c - l;
            eChroma[i] = ca * ca + cb * cb + cc * cc;
            eLo[i] = 0;
            eHi[i] = 0;
        }
        for (int c = 0; c < 3; c++) {
            float[] rc = r[c];
            f.gaussian(rc, lo, 2.5);
            for (int i = 0; i < n; i++) {
                float l = lo[i], h = rc[i] - l;
                eLo[i] += l * l;
                eHi[i] += h * h;
            }
        }
        highPass(pred, hpp);
        highPass(upper, hpb);
        for (int i = 0; i < n; i++) {
            float p = hpp[i], b = hpb[i];
            pp[i] = p * p;
            bb[i] = b * b;
            pb[i] = p * b;
            scratch[i] = pp[i] + bb[i];
        }
        f.box(eAll, maps[ALL], 11);
        f.box(eHi, maps[HI], 11);
        f.box(eLo, maps[LO], 11);
        f.box(eChroma, maps[CHROMA], 11);
        f.box(scratch, act, 11);
        f.box(eHi, maps[HI_W23], 23);
        float[] all = maps[ALL], hi = maps[HI], low = maps[LO], chroma = maps[CHROMA], hiRel = maps[HI_REL];
        float[] hi23 = maps[HI_W23];
        for (int i = 0; i < n; i++) {
            all[i] = rsqrt(all[i]);
            hi[i] = rsqrt(hi[i]);
            low[i] = rsqrt(low[i]);
            chroma[i] = rsqrt(chroma[i]);
            hiRel[i] = hi[i] / (rsqrt(act[i]) + 0.01f);
            hi23[i] = rsqrt(hi23[i]);
        }
        structure(11, maps[STRUCT], maps[RATIO]);
        structure(23, maps[STRUCT_W23], null);
    }

    float[] map(int i) {
        return maps[i];
    }

    /** Detail alignment over a window (and, when asked, the log ratio of the detail energies). */
    private void structure(int window, float[] struct, float[] ratio) {
        f.box(pp, epp, window);
        f.box(bb, ebb, window);
        f.box(pb, epb, window);
        for (int i = 0; i < n; i++) {
            float e = epp[i] * ebb[i];
            struct[i] = 1 - (epb[i] + C2) / ((float) Math.sqrt(Math.max(e, 0f)) + C2);
        }
        if (ratio != null) {
            for (int i = 0; i < n; i++) ratio[i] = FastLog.ln((ebb[i] + C2) / (epp[i] + C2));
        }
    }

    /** hp(luma(rgb)) = luma - G(luma, 1.2). */
    private void highPass(float[][] rgb, float[] out) {
        Planes.luma(rgb, lo);
        f.gaussian(lo, scratch, 1.2);
        for (int i = 0; i < n; i++) out[i] = lo[i] - scratch[i];
    }

    /** sqrt of a box-filtered energy (the running sums can leave tiny negatives from rounding). */
    private static float rsqrt(float v) {
        return (float) Math.sqrt(Math.max(v, 0f));
    }
}
