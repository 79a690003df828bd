package dev.winnow.learn.eval;

import dev.winnow.learn.rank.PickOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the reviewer's auto-accept cut would have done on held-out sets: for each cut (every whole percent from
 * {@value #FIRST_CUT}% to 100%), the share of sets whose pick confidence reaches it and how often the pick was
 * what the curator kept on those sets, beside how often "the highest stage" was on the same sets. Overall and per
 * held-out project, since projects differ (a new project's own row is not known until it is reviewed).
 */
public record AutoAcceptCurve(List<Point> overall, Map<String, List<Point>> byProject) {
    static final int FIRST_CUT = 50;

    /**
     * One cut: {@code accepted} of {@code sets} reach it ({@code share}); {@code agreement} of those were the
     * curator's pick, {@code highestStage} would have been by keeping the highest stage (both null when none reach it).
     */
    public record Point(double cut, int sets, int accepted, double share, Double agreement, Double highestStage) {
    }

    public static AutoAcceptCurve of(List<PickOutcome> outcomes) {
        Map<String, List<Point>> byProject = new LinkedHashMap<>();
        for (String p : outcomes.stream().map(PickOutcome::projectId).distinct().toList()) {
            byProject.put(p, curve(outcomes, o -> o.projectId().equals(p)));
        }
        return new AutoAcceptCurve(curve(outcomes, o -> true), byProject);
    }

    private static List<Point> curve(List<PickOutcome> all, Predicate<PickOutcome> which) {
        List<PickOutcome> sets = all.stream().filter(which).toList();
        List<Point> out = new ArrayList<>();
        for (int c = FIRST_CUT; c <= 100; c++) {
            double cut = c / 100.0;
            int accepted = 0, agreed = 0, highest = 0;
            for (PickOutcome o : sets) {
                if (o.confidence() < cut) continue;
                accepted++;
                if (o.pick() == o.chosen()) agreed++;
                if (o.highest() == o.chosen()) highest++;
            }
            out.add(new Point(cut, sets.size(), accepted, sets.isEmpty() ? 0 : (double) accepted / sets.size(),
                    accepted == 0 ? null : (double) agreed / accepted, accepted == 0 ? null : (double) highest / accepted));
        }
        return out;
    }

    /** The point of a curve at a cut: the highest cut not above it (cuts are whole percents). */
    public static Point at(List<Point> curve, double cut) {
        Point best = null;
        for (Point p : curve) if (p.cut() <= cut + 1e-9 && (best == null || p.cut() > best.cut())) best = p;
        return best;
    }
}
