package dev.winnow.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where an original group splits between generations that were each kept. The nearest-up rule orders a group by
 * time and a generation's stages are made one after another, so each generation is a run of consecutive members
 * and every cut lies between two claimed members. Stages of one generation show the same picture while two
 * generations differ (what {@link HistoryRecovery#FOREIGN_RATIO} relies on too), so the cut is the one that puts
 * each member in between with the claimed member it resembles, compared small and by correlation, which upscaling,
 * grain and grading barely move. When pixels cannot tell (unreadable or flat members), the later generation takes
 * the members in between: curators mostly keep a generation's highest stage, so the earlier final usually is the
 * top of its own short generation.
 */
final class GenerationBoundary {
    /** Long side of the grid members are compared on: composition, not detail. */
    static final int GRID = 48;

    private final Function<SourceEntry, AreaSampler> decoder;

    /** @param decoder decodes an original member, null when it cannot be read (the caller records why) */
    GenerationBoundary(Function<SourceEntry, AreaSampler> decoder) {
        this.decoder = decoder;
    }

    /** First member of each sub-group; {@code claimed} are the claimed member indices, ascending, at least two. */
    List<Integer> starts(OriginalSet group, List<Integer> claimed) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int k = 0; k + 1 < claimed.size(); k++) starts.add(cut(group, claimed.get(k), claimed.get(k + 1)));
        return starts;
    }

    /** The first member of the later generation, in (left, right]. */
    private int cut(OriginalSet group, int left, int right) {
        if (right - left == 1) return right;
        AreaSampler l = decoder.apply(group.members().get(left));
        if (l == null) return left + 1;
        int[] grid = CropLocator.gridFor(l.width(), l.height(), GRID);
        float[] leftLook = Ncc.normalized(l.all(grid[0], grid[1]));
        float[] rightLook = look(group.members().get(right), grid);
        int between = right - left - 1;
        double[] toLeft = new double[between], toRight = new double[between];
        for (int i = 0; i < between; i++) {
            AreaSampler m = decoder.apply(group.members().get(left + 1 + i));
            float[] raw = m == null ? null : m.all(grid[0], grid[1]);
            toLeft[i] = distance(leftLook, raw);
            toRight[i] = distance(rightLook, raw);
        }
        // cost(p): members before p go left, the rest right; the smallest wins, ties keep the later generation's claim.
        int best = left + 1;
        double bestCost = sum(toRight, 0, between);
        for (int p = left + 2; p <= right; p++) {
            int split = p - left - 1;
            double cost = sum(toLeft, 0, split) + sum(toRight, split, between);
            if (cost < bestCost - 1e-9) {
                best = p;
                bestCost = cost;
            }
        }
        return best;
    }

    private float[] look(SourceEntry member, int[] grid) {
        AreaSampler a = decoder.apply(member);
        return a == null ? null : Ncc.normalized(a.all(grid[0], grid[1]));
    }

    /** 1 - correlation; 0 (no preference) when either side is unknown or flat. */
    private static double distance(float[] normalizedRef, float[] raw) {
        return normalizedRef == null || raw == null ? 0 : 1 - Ncc.against(normalizedRef, raw);
    }

    private static double sum(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += v[i];
        return s;
    }
}
