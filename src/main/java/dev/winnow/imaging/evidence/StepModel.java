package dev.winnow.imaging.evidence;

/**
 * The global model of a step's own change (the probe's {@code design} and {@code fit_global}, model "full"): each
 * channel c of the upper image is predicted from the lower image by 1, its three channels, a cubic tone curve on
 * its luma (Y^2, Y^3), the channel's own square and three band-pass layers of the channel (a - G0.7, G0.7 - G1.5,
 * G1.5 - G3): colour mix, tone curves and sharpening or softening. Fitted by Huber-weighted iteratively reweighted
 * least squares on every 7th pixel, so that a local break does not bend it; pixels saturated in the upper image
 * carry no information about the map and are left out; the prediction is clipped to [0, 1].
 * <p>
 * The regressors depend only on the lower image: they are built once per step and serve the clean and every
 * planted variant of its upper image.
 */
final class StepModel {
    static final int P = 10;
    static final int STRIDE = 7;
    private static final int IRLS_ITERATIONS = 4;
    private static final double RIDGE = 1e-6;
    private static final double LOW = 0.003;
    private static final double HIGH = 0.997;

    private final int n;
    private final float[][] a;
    private final float[] luma;
    private final float[] y2;
    private final float[] y3;
    private final float[][] own2;
    /** bands[c][j]: band-pass layer j of channel c over all pixels. */
    private final float[][][] bands;
    private final int m;
    /** x[c][j][i]: regressor j of channel c at sample i (every 7th pixel), column-major for the dot products. */
    private final double[][][] x;
    /** gramAll[c]: X'X of channel c over every sample, upper triangle (row-major); each variant removes from it. */
    private final double[][] gramAll;
    private final double[] gram = new double[P * P];
    private final double[] rhs = new double[P];
    private final double[] beta = new double[P];
    private final double[] ys;
    private final double[] weight;
    private final double[] resid;
    private final boolean[] keep;
    private final float[] absResid;

    StepModel(float[][] lower, Filters f) {
        this.n = lower[0].length;
        this.a = lower;
        luma = new float[n];
        Planes.luma(lower, luma);
        y2 = new float[n];
        y3 = new float[n];
        for (int i = 0; i < n; i++) {
            float l = luma[i];
            y2[i] = l * l;
            y3[i] = l * l * l;
        }
        own2 = new float[3][n];
        bands = new float[3][3][n];
        float[] g1 = new float[n], g2 = new float[n], g3 = new float[n];
        for (int c = 0; c < 3; c++) {
            float[] v = lower[c], sq = own2[c];
            for (int i = 0; i < n; i++) sq[i] = v[i] * v[i];
            f.gaussian(v, g1, 0.7);
            f.gaussian(v, g2, 1.5);
            f.gaussian(v, g3, 3.0);
            float[] b0 = bands[c][0], b1 = bands[c][1], b2 = bands[c][2];
            for (int i = 0; i < n; i++) {
                b0[i] = v[i] - g1[i];
                b1[i] = g1[i] - g2[i];
                b2[i] = g2[i] - g3[i];
            }
        }
        m = (n + STRIDE - 1) / STRIDE;
        x = new double[3][P][m];
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < P; j++) {
                double[] col = x[c][j];
                for (int i = 0, p = 0; i < m; i++, p += STRIDE) col[i] = regressor(c, j, p);
            }
        }
        gramAll = new double[3][P * P];
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < P; j++) for (int k = j; k < P; k++) gramAll[c][j * P + k] = dot(x[c][j], x[c][k]);
        }
        ys = new double[m];
        weight = new double[m];
        resid = new double[m];
        keep = new boolean[m];
        absResid = new float[m];
    }

    /** The lower image's luma. */
    float[] luma() {
        return luma;
    }

    private double regressor(int c, int j, int p) {
        return switch (j) {
            case 0 -> 1.0;
            case 1, 2, 3 -> a[j - 1][p];
            case 4 -> y2[p];
            case 5 -> y3[p];
            case 6 -> own2[c][p];
            default -> bands[c][j - 7][p];
        };
    }

    /**
     * Fits the model to {@code upper} and writes the clipped prediction into {@code pred}; returns the fit's R^2
     * (1 - var(upper - pred) / var(upper), over all pixels and channels).
     */
    double fit(float[][] upper, float[][] pred, FloatSelect select) {
        for (int c = 0; c < 3; c++) {
            fitChannel(c, upper[c], select);
            predict(c, pred[c]);
        }
        return Planes.rSquared(upper, pred);
    }

    private void fitChannel(int c, float[] target, FloatSelect select) {
        double[][] xc = x[c];
        int kept = 0;
        for (int i = 0, p = 0; i < m; i++, p += STRIDE) {
            double v = target[p];
            keep[i] = v > LOW && v < HIGH;
            ys[i] = keep[i] ? v : 0;
            weight[i] = keep[i] ? 1 : 0;
            if (keep[i]) kept++;
        }
        // X'KX from the step's X'X less the few samples saturated in this upper image, and each reweighting
        // subtracts only the samples it turned down (a few percent under Huber weights): the same sums as a full
        // weighted pass per iteration, at a fraction of the cost.
        double[] base = new double[P * P], baseRhs = new double[P];
        System.arraycopy(gramAll[c], 0, base, 0, P * P);
        for (int i = 0; i < m; i++) if (!keep[i]) subtractOuter(base, null, xc, i, 1, 0);
        for (int j = 0; j < P; j++) baseRhs[j] = dot(xc[j], ys);
        for (int it = 0; it < IRLS_ITERATIONS; it++) {
            System.arraycopy(base, 0, gram, 0, P * P);
            System.arraycopy(baseRhs, 0, rhs, 0, P);
            if (it > 0) {
                for (int i = 0; i < m; i++) {
                    double d = (keep[i] ? 1 : 0) - weight[i];
                    if (d != 0) subtractOuter(gram, rhs, xc, i, d, ys[i]);
                }
            }
            for (int j = 0; j < P; j++) {
                gram[j * P + j] += RIDGE;
                for (int k = 0; k < j; k++) gram[j * P + k] = gram[k * P + j];
            }
            Cholesky.solveInPlace(gram, rhs, P, beta);
            if (it == IRLS_ITERATIONS - 1) break;
            // residuals of the samples, column by column
            System.arraycopy(ys, 0, resid, 0, m);
            for (int j = 0; j < P; j++) {
                double bj = beta[j];
                double[] xj = xc[j];
                for (int i = 0; i < m; i++) resid[i] -= bj * xj[i];
            }
            int k = 0;
            for (int i = 0; i < m; i++) if (keep[i]) absResid[k++] = (float) Math.abs(resid[i]);
            double s = 1.4826 * (kept > 0 ? select.median(absResid, kept) : 0) + 1e-4;
            for (int i = 0; i < m; i++) {
                weight[i] = keep[i] ? Math.min(1.0, 2.0 * s / (Math.abs(resid[i]) + 1e-12)) : 0;
            }
        }
    }

    /** gram -= d x_i x_i' (upper triangle) and, when given, rhs -= d y x_i, for sample i. */
    private static void subtractOuter(double[] gram, double[] rhs, double[][] xc, int i, double d, double y) {
        for (int j = 0; j < P; j++) {
            double dj = d * xc[j][i];
            for (int k = j; k < P; k++) gram[j * P + k] -= dj * xc[k][i];
            if (rhs != null) rhs[j] -= dj * y;
        }
    }

    /** Sum of a[i] b[i] with four independent partial sums (one chain would wait on each add). */
    private static double dot(double[] a, double[] b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int len = a.length, i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < len; i++) s0 += a[i] * b[i];
        return (s0 + s1) + (s2 + s3);
    }

    private void predict(int c, float[] out) {
        float b0 = (float) beta[0], b1 = (float) beta[1], b2 = (float) beta[2], b3 = (float) beta[3];
        float b4 = (float) beta[4], b5 = (float) beta[5], b6 = (float) beta[6];
        float b7 = (float) beta[7], b8 = (float) beta[8], b9 = (float) beta[9];
        float[] r = a[0], g = a[1], bl = a[2], sq = own2[c], l0 = bands[c][0], l1 = bands[c][1], l2 = bands[c][2];
        for (int i = 0; i < n; i++) {
            float v = b0 + b1 * r[i] + b2 * g[i] + b3 * bl[i] + b4 * y2[i] + b5 * y3[i] + b6 * sq[i]
                    + b7 * l0[i] + b8 * l1[i] + b9 * l2[i];
            out[i] = Math.min(1f, Math.max(0f, v));
        }
    }
}
