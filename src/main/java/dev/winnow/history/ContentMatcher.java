package dev.winnow.history;

import dev.winnow.imaging.GrayImage;
import dev.winnow.imaging.PerceptualHash;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Second pass for finals no name explains (renamed): which original set's picture holds the final. A perceptual
 * hash settles uncropped finals; otherwise the final is searched (all scales and places) in a small thumbnail of
 * every set, and the best few are searched again in their full top member, where small smooth templates no longer
 * correlate by chance. A match must be good and clearly better than the next set's, or it is not made.
 */
final class ContentMatcher {
    static final int THUMB = 96;
    static final int SCREEN = 48;
    static final double MIN_SCORE = 0.85;
    static final double MIN_MARGIN = 0.03;
    private static final int PHASH_SAME = 6;
    private static final int PHASH_OTHER = 14;
    private static final int SHORTLIST = 3;

    /** A set's top member, small: what content matching compares against. */
    record Thumb(AreaSampler screen, long phash) {
        static Thumb of(AreaSampler full) {
            return new Thumb(new AreaSampler(small(full, SCREEN)), new PerceptualHash().of(small(full, THUMB)));
        }
    }

    /** The set (or -1), how it was found, its score and the runner-up's. */
    record Match(int set, String method, double score, double runnerUp) {
    }

    private final CropLocator locator = new CropLocator();

    /**
     * @param thumbs thumbnail of set i, or null when none of its members can be read
     * @param full   the decoded top readable member of set i (only asked for the shortlist)
     */
    Match match(AreaSampler fin, int sets, IntFunction<Thumb> thumbs, IntFunction<AreaSampler> full) {
        GrayImage finSmall = small(fin, THUMB);
        long hash = new PerceptualHash().of(finSmall);
        AreaSampler finThumb = new AreaSampler(finSmall);
        int close = -1, closeCount = 0, nearest = Integer.MAX_VALUE;
        List<double[]> screened = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
            Thumb t = thumbs.apply(s);
            if (t == null) continue;
            int d = PerceptualHash.distance(hash, t.phash());
            if (d <= PHASH_SAME) {
                close = s;
                closeCount++;
            } else {
                nearest = Math.min(nearest, d);
            }
            List<CropFit> peaks = locator.coarse(t.screen(), finThumb);
            screened.add(new double[] {s, peaks.isEmpty() ? 0 : peaks.get(0).score()});
        }
        if (closeCount == 1 && nearest > PHASH_OTHER) return new Match(close, "phash", 1.0, 0);
        screened.sort(Comparator.comparingDouble((double[] a) -> a[1]).reversed());
        double best = 0, second = 0;
        int bestSet = -1;
        for (double[] c : screened.subList(0, Math.min(SHORTLIST, screened.size()))) {
            AreaSampler top = full.apply((int) c[0]);
            CropFit fit = top == null ? null : locator.locate(top, fin);
            double score = fit == null ? 0 : fit.score();
            if (score > best) {
                second = best;
                best = score;
                bestSet = (int) c[0];
            } else {
                second = Math.max(second, score);
            }
        }
        if (best < MIN_SCORE || best - second < MIN_MARGIN) return new Match(-1, "pixels", best, second);
        return new Match(bestSet, "pixels", best, second);
    }

    static GrayImage small(AreaSampler img, int longSide) {
        int[] g = CropLocator.gridFor(img.width(), img.height(), longSide);
        return new GrayImage(g[0], g[1], img.all(g[0], g[1]));
    }
}
