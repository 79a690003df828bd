package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-stage change maps of one stage set. Every member is resized to a common size (half the working copy when
 * all members share its size, as stages of one generation do; otherwise the highest stage's aspect with long side
 * {@value #COMPARE_SIDE} or the smallest member's if smaller) and compared with the highest
 * stage and with its neighbours in stage order; see {@link ChangeFeatures} for what is measured.
 */
public final class ChangeMapper {
    /**
     * v3: adds where the change above the median sits and how far it spreads ({@code *_mass_*}).
     * v2: SSIM window sums in float, each member prepared once, working copies from the streaming resampler; the
     * features differ from v1 by about 1e-4 relative, so v1 maps are recomputed rather than mixed with v2.
     */
    public static final String VERSION = "change/v3";
    static final int COMPARE_SIDE = 384;

    private final StructuralDiff diff = new StructuralDiff();
    private final HeatmapRenderer heatmaps = new HeatmapRenderer();

    /** A decoded member: its stage, its working copy and, when already made, its half (see {@link ImageFacts}). */
    public record Member(double stage, BufferedImage working, BufferedImage half) {
        public Member(double stage, BufferedImage working) {
            this(stage, working, null);
        }
    }

    /** Computes the features of {@code members}, which must be in stage order, lowest first (at least two). */
    public ChangeMap map(List<Member> members) {
        if (members.size() < 2) throw new IllegalArgumentException("a change map needs at least two members");
        int[] size = commonSize(members);
        List<StageView> views = new ArrayList<>();
        List<StructuralDiff.Prepared> prepared = new ArrayList<>();
        for (Member m : members) {
            StageView v = StageView.of(m.stage(), m.working(), m.half(), size[0], size[1]);
            views.add(v);
            prepared.add(diff.prepare(v));
        }
        int top = views.size() - 1;
        // The structural part is symmetric, so each pair is compared once and reversed for the other member.
        Map<Long, StructuralDiff.Result> pairs = new java.util.HashMap<>();
        List<StructuralDiff.Result> vsTop = new ArrayList<>();
        List<StructuralDiff.Result> vsUp = new ArrayList<>();
        List<StructuralDiff.Result> vsDown = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            vsTop.add(i == top ? null : pair(pairs, prepared, i, top));
            vsUp.add(i == top ? null : pair(pairs, prepared, i, i + 1));
            vsDown.add(i == 0 ? null : pair(pairs, prepared, i, i - 1));
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("stage", views.get(i).stage());
            f.put("position", (double) i);
            f.put("members", (double) views.size());
            f.put("is_top", i == top ? 1.0 : 0.0);
            f.put("stage_gap_up", i == top ? 0.0 : views.get(i + 1).stage() - views.get(i).stage());
            f.put("stage_gap_down", i == 0 ? 0.0 : views.get(i).stage() - views.get(i - 1).stage());
            if (vsTop.get(i) != null) ChangeFeatures.put(f, "top", vsTop.get(i));
            if (vsUp.get(i) != null) ChangeFeatures.put(f, "up", vsUp.get(i));
            if (vsDown.get(i) != null) ChangeFeatures.put(f, "down", vsDown.get(i));
            out.add(f);
        }
        List<TileGrid> panels = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) panels.add(i == top ? vsDown.get(i).coarse() : vsTop.get(i).coarse());
        return new ChangeMap(out, heatmaps.render(views, panels));
    }

    private StructuralDiff.Result pair(Map<Long, StructuralDiff.Result> pairs, List<StructuralDiff.Prepared> prepared,
                                       int a, int b) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        StructuralDiff.Result r = pairs.computeIfAbsent((long) lo << 32 | hi, k -> diff.compare(prepared.get(lo), prepared.get(hi)));
        return a == lo ? r : r.reversed();
    }

    static int[] commonSize(List<Member> members) {
        BufferedImage top = members.get(members.size() - 1).working();
        boolean sameSize = members.stream().allMatch(m -> m.working().getWidth() == top.getWidth()
                && m.working().getHeight() == top.getHeight());
        int half = Math.max(top.getWidth(), top.getHeight()) / 2;
        // The usual case (every stage at least 768 px): exactly half the working copy, an exact 2x2 mean.
        if (sameSize && half >= COMPARE_SIDE / 2 && half <= COMPARE_SIDE) {
            return new int[] {top.getWidth() / 2, top.getHeight() / 2};
        }
        int longSide = COMPARE_SIDE;
        for (Member m : members) longSide = Math.min(longSide, Math.max(m.working().getWidth(), m.working().getHeight()));
        double aspect = (double) top.getWidth() / top.getHeight();
        return aspect <= 1
                ? new int[] {Math.max(8, (int) Math.round(longSide * aspect)), longSide}
                : new int[] {longSide, Math.max(8, (int) Math.round(longSide / aspect))};
    }
}
