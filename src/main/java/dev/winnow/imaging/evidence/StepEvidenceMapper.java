package dev.winnow.imaging.evidence;

import dev.winnow.imaging.RgbImages;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The step evidence of one stage set: for each consecutive pair of its decoded members (lower to upper, in stage
 * order), both are resampled from their working copies to a common size (long side {@value #WORKING_SIDE}, or the
 * smaller working copy's long side if less, with the lower member's aspect) and analysed clean and with
 * {@value #PLANTED} generic defects planted into the upper one (see {@link StepAnalysis}). Deterministic: the
 * plants follow from the set's content signature and the step alone.
 */
public final class StepEvidenceMapper {
    /**
     * v1: the research probe's "full" global model and maps (issue 14), 16-px tiles at 512 px, two planted variants.
     * v2: one planted variant: on the demo, held out, anomaly PR-AUC 0.795 vs 0.762 with two, and embed 46 s vs 58 s.
     * v3: 384 px, 8-px tiles. Held out (demo / photo set): pick top-1 87.8% / 94.7% vs 86.3% / 94.2% at 512 px with
     * 16-px tiles, PR-AUC 0.818 / 0.919 vs 0.783 / 0.936; 384 px with 16-px tiles lost on both (86.7% / 94.0%,
     * 0.777 / 0.910). The finer grid also draws a finer heatmap.
     */
    public static final String VERSION = "step/v3";
    public static final int WORKING_SIDE = 384;
    public static final int PLANTED = 1;
    /** Below this short side a step is not analysed (the summaries leave a 6-px border out of a smooth map). */
    static final int MIN_SIDE = 24;

    /** A decoded member: its stage and its working copy. */
    public record Member(double stage, BufferedImage working) {
    }

    /** A member's float planes at one size, made once however many steps use it. */
    private record Sized(int member, int width, int height) {
    }

    /** The steps of {@code members} (in stage order, lowest first) that are large enough, in stage order. */
    public List<StepEvidence> map(List<Member> members, long seed) {
        Map<Sized, float[][]> planes = new HashMap<>();
        Map<Long, StepAnalysis> analyses = new HashMap<>();
        List<StepEvidence> out = new ArrayList<>();
        for (int k = 1; k < members.size(); k++) {
            Member lower = members.get(k - 1), upper = members.get(k);
            int[] size = commonSize(lower.working(), upper.working());
            if (Math.min(size[0], size[1]) < MIN_SIDE) continue;
            float[][] a = planes.computeIfAbsent(new Sized(k - 1, size[0], size[1]), s -> resampled(lower.working(), s));
            float[][] b = planes.computeIfAbsent(new Sized(k, size[0], size[1]), s -> resampled(upper.working(), s));
            StepAnalysis analysis = analyses.computeIfAbsent((long) size[0] << 32 | size[1],
                    key -> new StepAnalysis(size[0], size[1]));
            out.add(analysis.analyse(lower.stage(), upper.stage(), a, b, stepSeed(seed, k), PLANTED));
        }
        return out;
    }

    /** The seed of a set's plants: the leading 64 bits of its content signature (hex). */
    public static long seedOf(String signature) {
        return Long.parseUnsignedLong(signature.substring(0, 16), 16);
    }

    private static long stepSeed(long seed, int step) {
        return new SplittableRandom(seed + step * 0x9E3779B97F4A7C15L).nextLong();
    }

    private static float[][] resampled(BufferedImage working, Sized s) {
        BufferedImage img = working.getWidth() == s.width() && working.getHeight() == s.height() ? working
                : RgbImages.resize(working, s.width(), s.height());
        return Planes.of(img);
    }

    /** Long side {@value #WORKING_SIDE} (or the smaller working copy's if less), the lower member's aspect. */
    static int[] commonSize(BufferedImage lower, BufferedImage upper) {
        int longSide = Math.min(WORKING_SIDE, Math.min(Math.max(lower.getWidth(), lower.getHeight()),
                Math.max(upper.getWidth(), upper.getHeight())));
        int w = lower.getWidth(), h = lower.getHeight();
        return w >= h
                ? new int[] {longSide, Math.max(1, (int) Math.round((double) longSide * h / w))}
                : new int[] {Math.max(1, (int) Math.round((double) longSide * w / h)), longSide};
    }
}
