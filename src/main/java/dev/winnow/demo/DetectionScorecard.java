package dev.winnow.demo;

import dev.winnow.common.CropBox;
import dev.winnow.learn.eval.Triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The held-out judgement of the demo's broken sets against its hidden truth, per artifact kind: how many the pick
 * got right (kept the member below the break), how many the reviewer's flag held, and how often the blamed
 * member carries the artifact with the blamed box overlapping the artifact's region (localisation). Only the demo
 * can say this: a user's projects have no such truth, and no model ever reads it.
 */
public final class DetectionScorecard {
    /** One artifact kind's broken sets among the held-out sets. */
    public record KindScore(String kind, int sets, int pickedRight, int flagged, int located, int blamedAtAll) {
        String line() {
            return String.format(Locale.ROOT, "%-18s %3d broken sets: pick right %5.1f%%, flagged %5.1f%%, "
                            + "blamed box on the artifact %5.1f%% (%d of %d with a blame)", kind, sets, pct(pickedRight),
                    pct(flagged), blamedAtAll == 0 ? Double.NaN : 100.0 * located / blamedAtAll, located, blamedAtAll);
        }

        private double pct(int n) {
            return sets == 0 ? Double.NaN : 100.0 * n / sets;
        }
    }

    /** Per kind, and all kinds together under "all". */
    public record Result(List<KindScore> kinds) {
        public List<String> lines() {
            return kinds.stream().map(KindScore::line).toList();
        }
    }

    /** {@code truths}: each demo project's truth file; {@code heldOut}: the evaluation's held-out sets. */
    public Result judge(Map<String, Path> truths, List<Triage.HeldOutSet> heldOut) {
        Map<String, DemoTruth.TruthSet> byFirstMember = new HashMap<>();
        truths.forEach((project, file) -> {
            for (DemoTruth.TruthSet s : DemoTruth.read(file).sets()) {
                byFirstMember.put(project + "/" + s.members().get(0).name(), s);
            }
        });
        Map<String, int[]> counts = new TreeMap<>();
        for (Triage.HeldOutSet h : heldOut) {
            DemoTruth.TruthSet t = h.members().isEmpty() ? null : byFirstMember.get(h.projectId() + "/" + h.members().get(0));
            if (t == null || !t.anomaly() || t.artifact() == null || h.chosen() == h.highest()) continue;
            for (String kind : List.of(t.artifact().kind(), "all")) {
                int[] c = counts.computeIfAbsent(kind, k -> new int[5]);
                c[0]++;
                if (h.pick() == h.chosen()) c[1]++;
                if (h.flagged()) c[2]++;
                if (h.blamedMember() != null && h.blamedRegion() != null) {
                    c[4]++;
                    if (located(h, t.artifact())) c[3]++;
                }
            }
        }
        List<KindScore> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (!k.equals("all")) out.add(new KindScore(k, c[0], c[1], c[2], c[3], c[4]));
        });
        int[] all = counts.get("all");
        if (all != null) out.add(new KindScore("all", all[0], all[1], all[2], all[3], all[4]));
        return new Result(out);
    }

    /** The blamed member carries the artifact and the blamed box overlaps the artifact's region. */
    private static boolean located(Triage.HeldOutSet h, DemoTruth.TruthArtifact a) {
        String member = h.members().get(h.blamedMember());
        if (!a.files().contains(member)) return false;
        double[] r = a.region();
        CropBox b = h.blamedRegion();
        return Math.min(b.x2(), r[2]) > Math.max(b.x1(), r[0]) && Math.min(b.y2(), r[3]) > Math.max(b.y1(), r[1]);
    }
}
