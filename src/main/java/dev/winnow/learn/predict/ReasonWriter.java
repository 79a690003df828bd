package dev.winnow.learn.predict;

import dev.winnow.catalog.Stage;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.Evidence;
import dev.winnow.learn.rank.RankerModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line for the reviewer saying why: which stage was kept, how likely the highest stage is wrong, and the
 * single feature that pushed the decision most — towards leaving the highest stage when a lower one is kept,
 * towards keeping it otherwise — in words, with the place of the change when the feature has one.
 */
final class ReasonWriter {
    private static final String TOP = "chg_top_";
    private final RankerModel ranker;
    private final AnomalyModel anomaly;
    private final List<String> changeNames;

    ReasonWriter(RankerModel ranker, AnomalyModel anomaly) {
        this.ranker = ranker;
        this.anomaly = anomaly;
        this.changeNames = ranker.schema().changeNames();
    }

    /** One line per set; {@code anomalyProbability} is NaN without a detector. */
    List<String> reasons(List<SetExample> sets, int[] picks, double[] anomalyProbability) {
        List<Evidence> evidence;
        if (anomaly != null) {
            int[] directions = new int[sets.size()];
            for (int k = 0; k < directions.length; k++) directions[k] = picks[k] == sets.get(k).highest() ? -1 : 1;
            evidence = anomaly.evidence(sets, directions);
        } else {
            evidence = ranker.evidence(sets, picks);
        }
        List<String> out = new ArrayList<>(sets.size());
        for (int k = 0; k < sets.size(); k++) out.add(reason(sets.get(k), picks[k], anomalyProbability[k], evidence.get(k)));
        return out;
    }

    private String reason(SetExample set, int pick, double anomalyProbability, Evidence e) {
        Member top = set.member(set.highest());
        String odds = Double.isNaN(anomalyProbability) ? ""
                : String.format(Locale.ROOT, " (highest stage wrong: %.0f%%)", 100 * anomalyProbability);
        if (pick == set.highest()) {
            return "kept the highest stage " + stage(top) + odds
                    + because(e, top, anomaly != null ? "strongest sign it is fine" : "strongest sign");
        }
        return "kept stage " + stage(set.member(pick)) + " over stage " + stage(top) + odds + because(e, top, "strongest sign");
    }

    private String because(Evidence e, Member top, String label) {
        return e == null ? "" : "; " + label + ": " + describe(e) + place(e, top, changeNames);
    }

    static String describe(Evidence e) {
        String f = e.feature();
        String v = String.format(Locale.ROOT, "%.2f", e.value());
        String signed = String.format(Locale.ROOT, "%+.2f", e.value());
        if (f.startsWith(TOP) && f.endsWith("_vs_below")) {
            return "highest stage's " + words(f, TOP, "_vs_below") + " " + signed + " vs the stage below";
        }
        if (f.startsWith(TOP)) return "highest stage's " + words(f, TOP, "") + " " + v;
        if (f.startsWith("chg_") && f.endsWith("_vs_top")) return words(f, "chg_", "_vs_top") + " " + signed + " vs the highest stage";
        if (f.startsWith("chg_")) return words(f, "chg_", "") + " " + v;
        if (f.endsWith("_artifact")) return "embedding moved " + signed + " along the learned artifact direction";
        if (f.startsWith("emb_cos")) return "embedding similarity " + f.substring("emb_cos_".length()).replace('_', ' ') + " " + v;
        return f.replace('_', ' ') + " " + v;
    }

    /** " at 61%,47%" when a change feature of the highest stage has a location (NAME_x, NAME_y) in the schema. */
    static String place(Evidence e, Member top, List<String> changeNames) {
        if (!e.feature().startsWith(TOP)) return "";
        String name = e.feature().substring(TOP.length()).replaceFirst("_vs_below$", "");
        int x = changeNames.indexOf(name + "_x"), y = changeNames.indexOf(name + "_y");
        if (x < 0 || y < 0 || Double.isNaN(top.change()[x]) || Double.isNaN(top.change()[y])) return "";
        return String.format(Locale.ROOT, " at %.0f%%,%.0f%%", 100 * top.change()[x], 100 * top.change()[y]);
    }

    private static String words(String feature, String prefix, String suffix) {
        return feature.substring(prefix.length(), feature.length() - suffix.length()).replace('_', ' ');
    }

    private static String stage(Member m) {
        return new Stage(m.stage(), null).shortName();
    }
}
