package dev.winnow.learn;

import dev.winnow.catalog.Stage;

import java.util.Locale;

/**
 * One line for the reviewer saying why: which stage was kept, how likely the highest stage is wrong, and the
 * single feature that pushed the decision most, in words where the feature has a known shape.
 */
final class ReasonWriter {
    private final RankerModel ranker;
    private final AnomalyModel anomaly;

    ReasonWriter(RankerModel ranker, AnomalyModel anomaly) {
        this.ranker = ranker;
        this.anomaly = anomaly;
    }

    String reason(SetExample set, int pick, double anomalyProbability) {
        Member kept = set.member(pick);
        Member top = set.member(set.highest());
        String odds = Double.isNaN(anomalyProbability) ? ""
                : String.format(Locale.ROOT, " (highest stage wrong: %.0f%%)", 100 * anomalyProbability);
        if (pick == set.highest()) {
            return "kept the highest stage " + stage(top) + odds + because(ranker.evidence(set, pick));
        }
        Evidence e = anomaly != null ? anomaly.evidence(set) : ranker.evidence(set, pick);
        return "kept stage " + stage(kept) + " over stage " + stage(top) + odds + because(e);
    }

    private static String because(Evidence e) {
        return e == null ? "" : "; strongest sign: " + describe(e);
    }

    static String describe(Evidence e) {
        String f = e.feature();
        String v = String.format(Locale.ROOT, "%.2f", e.value());
        String signed = String.format(Locale.ROOT, "%+.2f", e.value());
        if (f.startsWith("chg_top_") && f.endsWith("_vs_below")) {
            return "highest stage's " + name(f, "chg_top_", "_vs_below") + " " + signed + " vs the stage below";
        }
        if (f.startsWith("chg_top_")) return "highest stage's " + name(f, "chg_top_", "") + " " + v;
        if (f.startsWith("chg_") && f.endsWith("_vs_top")) return name(f, "chg_", "_vs_top") + " " + signed + " vs the highest stage";
        if (f.startsWith("chg_")) return name(f, "chg_", "") + " " + v;
        if (f.endsWith("_artifact")) return "embedding moved " + signed + " along the learned artifact direction";
        if (f.startsWith("emb_cos")) return "embedding similarity " + f.substring("emb_cos_".length()).replace('_', ' ') + " " + v;
        return f.replace('_', ' ') + " " + v;
    }

    private static String name(String feature, String prefix, String suffix) {
        return feature.substring(prefix.length(), feature.length() - suffix.length()).replace('_', ' ');
    }

    private static String stage(Member m) {
        return new Stage(m.stage(), null).shortName();
    }
}
