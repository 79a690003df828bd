package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the anomaly detector orders a held-out project for a curator who looks at the most suspicious sets
 * first, and whether its confidence means what it says:
 * <ul>
 * <li>per project: the share of its broken sets among its top 10%, 20% and 30% of sets by anomaly probability
 * (random order catches 10%, 20% and 30%), the share of sets flagged against the share of broken sets caught by
 * the flag, and the pick's agreement on the sets whose confidence reaches 0.99;</li>
 * <li>a reliability table of the pick's confidence (held-out confidence against how often the pick was right);</li>
 * <li>every held-out set (for judging against a benchmark's truth outside Winnow: where the blamed box fell,
 * recall per kind of break).</li>
 * </ul>
 */
public record Triage(List<ProjectTriage> projects, List<Reliability> pickReliability, List<HeldOutSet> sets) {
    public static final double[] TOP_SHARES = {0.10, 0.20, 0.30};
    static final double SURE = 0.99;
    private static final int BINS = 10;

    /** One held-out set as judged: the pick, its confidence, the anomaly probability, the flag and the blame. */
    public record HeldOutSet(String projectId, long setId, List<String> members, int chosen, int highest, int pick,
                             double confidence, double anomalyProbability, boolean flagged, Integer blamedMember,
                             CropBox blamedRegion) {
        boolean broken() {
            return chosen != highest;
        }
    }

    /**
     * {@code caughtInTop}: share of broken sets among the top {@link #TOP_SHARES} of sets (random order: the share
     * itself); {@code flaggedShare}/{@code caughtByFlag}: sets flagged, and broken sets among them;
     * {@code sure}/{@code sureAgreement}: sets with confidence at least {@value #SURE} and how often their pick was
     * the curator's (null when none).
     */
    public record ProjectTriage(String projectId, int sets, int broken, double[] topShares, double[] caughtInTop,
                                double flaggedShare, Double caughtByFlag, int sure, Double sureAgreement) {
    }

    /** Sets whose confidence fell in [from, to): their mean confidence and how often the pick was right. */
    public record Reliability(double from, double to, int sets, double meanConfidence, double agreement) {
    }

    static Triage of(List<HeldOutSet> sets) {
        Map<String, List<HeldOutSet>> byProject = new LinkedHashMap<>();
        for (HeldOutSet s : sets) byProject.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(s);
        List<ProjectTriage> projects = new ArrayList<>();
        byProject.forEach((p, list) -> projects.add(project(p, list)));
        return new Triage(projects, reliability(sets), List.copyOf(sets));
    }

    private static ProjectTriage project(String id, List<HeldOutSet> sets) {
        List<HeldOutSet> known = sets.stream().filter(s -> !Double.isNaN(s.anomalyProbability()))
                .sorted(Comparator.comparingDouble(HeldOutSet::anomalyProbability).reversed()).toList();
        int broken = (int) sets.stream().filter(HeldOutSet::broken).count();
        double[] caught = new double[TOP_SHARES.length];
        for (int k = 0; k < caught.length; k++) {
            int top = (int) Math.ceil(TOP_SHARES[k] * known.size());
            caught[k] = broken == 0 ? Double.NaN
                    : (double) known.subList(0, top).stream().filter(HeldOutSet::broken).count() / broken;
        }
        int flagged = 0, caughtByFlag = 0, sure = 0, sureRight = 0;
        for (HeldOutSet s : sets) {
            if (s.flagged()) {
                flagged++;
                if (s.broken()) caughtByFlag++;
            }
            if (s.confidence() >= SURE) {
                sure++;
                if (s.pick() == s.chosen()) sureRight++;
            }
        }
        return new ProjectTriage(id, sets.size(), broken, TOP_SHARES.clone(), caught, (double) flagged / sets.size(),
                broken == 0 ? null : (double) caughtByFlag / broken, sure, sure == 0 ? null : (double) sureRight / sure);
    }

    private static List<Reliability> reliability(List<HeldOutSet> sets) {
        List<Reliability> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double from = (double) b / BINS, to = b == BINS - 1 ? 1.0000001 : (b + 1.0) / BINS;
            int n = 0, right = 0;
            double sum = 0;
            for (HeldOutSet s : sets) {
                if (s.confidence() < from || s.confidence() >= to) continue;
                n++;
                sum += s.confidence();
                if (s.pick() == s.chosen()) right++;
            }
            if (n > 0) out.add(new Reliability(from, Math.min(1, to), n, sum / n, (double) right / n));
        }
        return out;
    }
}
