package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * Tells which member of a stage set a final came from. Stages of one generation show the same picture, so the
 * crop found on one member maps onto every member; each is aligned again locally and compared with the final by
 * pixel error at the final's own resolution (up to {@value #RESIDUAL_PIXELS} px), where invented detail, grading
 * and a swapped face differ even when a perceptual hash cannot tell the stages apart. The lowest error wins;
 * two errors within {@value #AMBIGUOUS_RATIO}x of each other are reported as ambiguous.
 */
final class WinnerPicker {
    static final int ALIGN_GRID = 192;
    static final long RESIDUAL_PIXELS = 1_000_000;
    static final double AMBIGUOUS_RATIO = 1.15;

    /** The winner's index, every member's error (NaN when unreadable) and fit, and whether the call was close. */
    record Choice(int winner, double[] residuals, CropFit[] fits, boolean ambiguous, double margin) {
    }

    private final CropLocator locator = new CropLocator();

    /**
     * @param members   decoded members (null where unreadable), lowest stage first
     * @param reference index of the member {@code refFit} was found on
     */
    Choice pick(List<AreaSampler> members, int reference, CropFit refFit, AreaSampler fin) {
        AreaSampler ref = members.get(reference);
        CropBox box = refFit.box(ref.width(), ref.height());
        int[] g = gridFor(fin);
        float[] target = fin.all(g[0], g[1]);
        int n = members.size();
        double[] residuals = new double[n];
        CropFit[] fits = new CropFit[n];
        int best = -1, second = -1;
        for (int i = 0; i < n; i++) {
            AreaSampler m = members.get(i);
            if (m == null) {
                residuals[i] = Double.NaN;
                continue;
            }
            CropFit fit = i == reference ? refFit : align(m, fin, box);
            fits[i] = fit;
            residuals[i] = Ncc.meanSquaredError(target, m.sample(fit.x(), fit.y(), fit.w(), fit.h(), g[0], g[1]));
            if (best < 0 || residuals[i] < residuals[best]) {
                second = best;
                best = i;
            } else if (second < 0 || residuals[i] < residuals[second]) {
                second = i;
            }
        }
        if (best < 0) return null;
        double margin = second < 0 ? 1.0 : 1 - residuals[best] / Math.max(residuals[second], 1e-12);
        boolean ambiguous = second >= 0 && residuals[second] < residuals[best] * AMBIGUOUS_RATIO + 1e-7;
        return new Choice(best, residuals, fits, ambiguous, margin);
    }

    /** The box mapped onto another member, then re-aligned: stages of real pipelines can be shifted by a pixel or two. */
    private CropFit align(AreaSampler m, AreaSampler fin, CropBox box) {
        int[] g = CropLocator.gridFor(fin.width(), fin.height(), ALIGN_GRID);
        CropFit start = new CropFit(box.x1() * m.width(), box.y1() * m.height(), box.width() * m.width(),
                box.height() * m.height(), 0, 0);
        return locator.refine(m, fin, start, ALIGN_GRID, start.w() / g[0]);
    }

    private static int[] gridFor(AreaSampler fin) {
        double s = Math.min(1.0, Math.sqrt((double) RESIDUAL_PIXELS / ((double) fin.width() * fin.height())));
        return new int[] {Math.max(4, (int) Math.round(fin.width() * s)), Math.max(4, (int) Math.round(fin.height() * s))};
    }
}
