package dev.winnow.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a final (possibly cropped, resized, re-encoded) sits inside an image. Coarse: exhaustive normalized
 * cross-correlation of the final, resized over a range of scales, against the image at about {@value #COARSE} px,
 * keeping a few distinct peaks. Fine: a pattern search over the rectangle (position, scale, and a little aspect)
 * that samples the image region onto the final's grid with exact area averaging, first at {@value #MID_GRID} px,
 * then at {@value #FINE_GRID} px, to sub-pixel precision. The runner-up peak tells an ambiguous match.
 */
final class CropLocator {
    static final int COARSE = 96;
    static final int MID_GRID = 128;
    static final int FINE_GRID = 256;
    /** Smallest crop searched, as a share of the largest fitting one (linear): about 9% of the area. */
    static final double MIN_LINEAR = 0.3;
    private static final double SCALE_STEP = 0.96;
    private static final int MIN_TEMPLATE = 6;
    private static final int PEAKS = 3;
    private static final double DISTINCT_IOU = 0.5;

    /** The best placement of {@code fin} in {@code ref}, refined, with the best distinct runner-up score. */
    CropFit locate(AreaSampler ref, AreaSampler fin) {
        List<CropFit> peaks = coarse(ref, fin);
        if (peaks.isEmpty()) return null;
        List<CropFit> mid = new ArrayList<>();
        double coarsePixel = (double) Math.max(ref.width(), ref.height()) / COARSE;
        for (CropFit p : peaks) mid.add(refine(ref, fin, p, MID_GRID, coarsePixel, false, 0.5));
        mid.sort(Comparator.comparingDouble(CropFit::score).reversed());
        CropFit best = mid.get(0);
        double runnerUp = 0;
        for (CropFit o : mid.subList(1, mid.size())) {
            if (o.iou(best) < DISTINCT_IOU) {
                runnerUp = o.score();
                break;
            }
        }
        CropFit fine = refine(ref, fin, best, FINE_GRID, best.w() / gridFor(fin.width(), fin.height(), MID_GRID)[0]);
        return new CropFit(fine.x(), fine.y(), fine.w(), fine.h(), fine.score(), runnerUp);
    }

    /** Exhaustive search at the coarse level; peaks in {@code ref} pixels, best first, mutually distinct. */
    List<CropFit> coarse(AreaSampler ref, AreaSampler fin) {
        int rw = ref.width(), rh = ref.height();
        double d = Math.min(1.0, (double) COARSE / Math.max(rw, rh));
        int cw = Math.max(1, (int) Math.round(rw * d)), ch = Math.max(1, (int) Math.round(rh * d));
        double sx = (double) rw / cw, sy = (double) rh / ch;
        float[] img = ref.all(cw, ch);
        double[] sum = new double[(cw + 1) * (ch + 1)], sq = new double[(cw + 1) * (ch + 1)];
        integrals(img, cw, ch, sum, sq);
        double aspect = (double) fin.width() / fin.height();
        double tMax = Math.min(cw, ch * aspect);
        List<CropFit> peaks = new ArrayList<>();
        int lastTw = -1;
        for (double t = tMax; t >= Math.max(MIN_TEMPLATE, tMax * MIN_LINEAR); t *= SCALE_STEP) {
            int tw = (int) Math.round(t), th = (int) Math.round(t / aspect);
            if (tw == lastTw) continue;
            lastTw = tw;
            tw = Math.min(tw, cw);
            th = Math.min(th, ch);
            if (th < MIN_TEMPLATE || tw < MIN_TEMPLATE) break;
            float[] tpl = Ncc.normalized(fin.all(tw, th));
            if (tpl == null) return List.of();
            scan(img, cw, ch, sum, sq, tpl, tw, th, sx, sy, peaks);
        }
        peaks.sort(Comparator.comparingDouble(CropFit::score).reversed());
        return peaks;
    }

    private static void scan(float[] img, int cw, int ch, double[] sum, double[] sq, float[] tpl, int tw, int th,
                             double sx, double sy, List<CropFit> peaks) {
        int nx = cw - tw + 1, ny = ch - th + 1, n = tw * th, stride = cw + 1;
        float[] acc = new float[nx];
        for (int y = 0; y < ny; y++) {
            java.util.Arrays.fill(acc, 0f);
            for (int j = 0; j < th; j++) {
                int rowBase = (y + j) * cw, tb = j * tw;
                for (int i = 0; i < tw; i++) {
                    float t = tpl[tb + i];
                    int base = rowBase + i;
                    for (int x = 0; x < nx; x++) acc[x] += t * img[base + x];
                }
            }
            int top = y * stride, bottom = (y + th) * stride;
            for (int x = 0; x < nx; x++) {
                double s = sum[bottom + x + tw] - sum[bottom + x] - sum[top + x + tw] + sum[top + x];
                double q = sq[bottom + x + tw] - sq[bottom + x] - sq[top + x + tw] + sq[top + x];
                double var = q - s * s / n;
                if (var <= 1e-9 * n) continue;
                double score = acc[x] / Math.sqrt(var);
                offer(peaks, new CropFit(x * sx, y * sy, tw * sx, th * sy, score, 0));
            }
        }
    }

    /** Keeps the {@value #PEAKS} best mutually distinct placements. */
    private static void offer(List<CropFit> peaks, CropFit c) {
        if (peaks.size() == PEAKS) {
            double worst = Double.MAX_VALUE;
            for (CropFit p : peaks) worst = Math.min(worst, p.score());
            if (c.score() <= worst) return;
        }
        for (int i = 0; i < peaks.size(); i++) {
            CropFit p = peaks.get(i);
            if (p.iou(c) >= DISTINCT_IOU) {
                if (c.score() > p.score()) {
                    peaks.set(i, c);
                    peaks.removeIf(o -> o != c && o.iou(c) >= DISTINCT_IOU && o.score() < c.score());
                }
                return;
            }
        }
        peaks.add(c);
        if (peaks.size() > PEAKS) {
            CropFit worst = peaks.get(0);
            for (CropFit p : peaks) if (p.score() < worst.score()) worst = p;
            peaks.remove(worst);
        }
    }

    /**
     * Pattern search from {@code start}, maximizing NCC between the final and the image region, both on a grid of
     * about {@code grid} px (never finer than the final itself). Steps halve until they are a tenth of a grid pixel.
     */
    CropFit refine(AreaSampler ref, AreaSampler fin, CropFit start, int grid, double startStep) {
        return refine(ref, fin, start, grid, startStep, true, 0.1);
    }

    /**
     * As above. With {@code freeAspect} false the rectangle keeps its aspect and moves in (x, y, size), trying the
     * diagonal moves when no single-axis move helps (position and size are coupled: a crop whose bottom edge is
     * right but top edge is not needs both at once). With {@code freeAspect} true each of the four edges moves on
     * its own, which has no such coupling and lets the aspect drift by the final's rounding. The search stops
     * when its step is below {@code stopGridPixels} of a grid pixel.
     */
    CropFit refine(AreaSampler ref, AreaSampler fin, CropFit start, int grid, double startStep, boolean freeAspect,
                   double stopGridPixels) {
        int[] g = gridFor(fin.width(), fin.height(), grid);
        float[] target = Ncc.normalized(fin.all(g[0], g[1]));
        if (target == null) return start.withScore(0);
        double[] p = {start.x(), start.y(), start.w(), start.h()};
        if (!constrain(p, ref)) return start.withScore(0);
        double best = score(ref, target, g, p);
        double step = Math.max(startStep, 0.5);
        double minStep = stopGridPixels * p[2] / g[0];
        for (int iter = 0; iter < 300 && step >= minStep; iter++) {
            double[] bestP = null;
            List<double[]> tries = freeAspect ? edgeMoves(p, step) : axisMoves(p, step);
            for (int round = 0; round < 2 && bestP == null; round++) {
                for (double[] c : tries) {
                    if (!constrain(c, ref)) continue;
                    double s = score(ref, target, g, c);
                    if (s > best) {
                        best = s;
                        bestP = c;
                    }
                }
                if (freeAspect) break;
                tries = diagonalMoves(p, step);
            }
            if (bestP == null) step /= 2;
            else p = bestP;
        }
        return new CropFit(p[0], p[1], p[2], p[3], best, 0);
    }

    private static List<double[]> axisMoves(double[] p, double step) {
        List<double[]> out = new ArrayList<>(6);
        for (int d = -1; d <= 1; d += 2) {
            out.add(lockedMove(p, d * step, 0, 0));
            out.add(lockedMove(p, 0, d * step, 0));
            out.add(lockedMove(p, 0, 0, d * step));
        }
        return out;
    }

    private static List<double[]> diagonalMoves(double[] p, double step) {
        List<double[]> out = new ArrayList<>(20);
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    if (Math.abs(a) + Math.abs(b) + Math.abs(c) >= 2) out.add(lockedMove(p, a * step, b * step, c * step));
                }
            }
        }
        return out;
    }

    /** Shifts by (dx, dy) and grows each side by {@code grow} (about the centre), keeping the aspect. */
    private static double[] lockedMove(double[] p, double dx, double dy, double grow) {
        double w = p[2] + 2 * grow, h = p[3] * w / p[2];
        return new double[] {p[0] + dx - grow, p[1] + dy - (h - p[3]) / 2, w, h};
    }

    private static List<double[]> edgeMoves(double[] p, double step) {
        List<double[]> out = new ArrayList<>(8);
        for (int d = -1; d <= 1; d += 2) {
            double s = d * step;
            out.add(new double[] {p[0] + s, p[1], p[2] - s, p[3]});
            out.add(new double[] {p[0], p[1] + s, p[2], p[3] - s});
            out.add(new double[] {p[0], p[1], p[2] + s, p[3]});
            out.add(new double[] {p[0], p[1], p[2], p[3] + s});
        }
        return out;
    }

    /** Keeps the rectangle inside the image; false when it cannot be. */
    private static boolean constrain(double[] p, AreaSampler ref) {
        if (p[2] < 2 || p[3] < 2 || p[2] > ref.width() + 1e-6 || p[3] > ref.height() + 1e-6) return false;
        p[2] = Math.min(p[2], ref.width());
        p[3] = Math.min(p[3], ref.height());
        p[0] = Math.max(0, Math.min(p[0], ref.width() - p[2]));
        p[1] = Math.max(0, Math.min(p[1], ref.height() - p[3]));
        return true;
    }

    private static double score(AreaSampler ref, float[] target, int[] g, double[] p) {
        return Ncc.against(target, ref.sample(p[0], p[1], p[2], p[3], g[0], g[1]));
    }

    /** A grid with the final's aspect and about {@code longSide} px on its long side, never finer than the final. */
    static int[] gridFor(int w, int h, int longSide) {
        double s = Math.min(1.0, (double) longSide / Math.max(w, h));
        return new int[] {Math.max(4, (int) Math.round(w * s)), Math.max(4, (int) Math.round(h * s))};
    }

    private static void integrals(float[] img, int w, int h, double[] sum, double[] sq) {
        int stride = w + 1;
        for (int y = 0; y < h; y++) {
            double rs = 0, rq = 0;
            for (int x = 0; x < w; x++) {
                double v = img[y * w + x];
                rs += v;
                rq += v * v;
                sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + rs;
                sq[(y + 1) * stride + x + 1] = sq[y * stride + x + 1] + rq;
            }
        }
    }
}
