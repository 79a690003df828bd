package dev.winnow.learn.report;

import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.eval.AnomalyMetrics;
import dev.winnow.learn.eval.AutoAcceptCurve;
import dev.winnow.learn.eval.Comparison;
import dev.winnow.learn.eval.CropMetrics;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.KeepMetrics;
import dev.winnow.learn.eval.PickMetrics;
import dev.winnow.learn.eval.RealLogResult;
import dev.winnow.learn.eval.Replay;
import dev.winnow.learn.eval.Triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short text table `winnow eval` prints: each metric beside its baselines. */
public final class EvalTable {
    private static final String ROW = "  %-34s %7s  %-10s %s";

    private EvalTable() {
    }

    public static List<String> lines(EvalResult r) {
        List<String> out = new ArrayList<>();
        out.add(r.holdout() + " over " + r.projects().stream().map(ProjectStats::projectId).toList()
                + String.format(Locale.ROOT, " (%.1f s)", r.seconds()));
        out.add(String.format(Locale.ROOT, ROW, "metric", "n", "winnow", "baselines"));
        PickMetrics p = r.pick();
        out.add(row("pick top-1, all sets", p.top1(), true, "ranker alone " + Html.pct(r.rankerAlone().top1().model())));
        out.add(row("pick top-1, normal sets", p.top1Normal(), true, "ranker alone " + Html.pct(r.rankerAlone().top1Normal().model())));
        out.add(row("pick top-1, anomaly sets", p.top1Anomaly(), true, "ranker alone " + Html.pct(r.rankerAlone().top1Anomaly().model())));
        p.top1PerProject().forEach((k, c) -> out.add(row("pick top-1, " + k, c, true, null)));
        out.add(row("pick pairwise", p.pairwise(), true, null));
        for (double cut : new double[] {0.9, 0.95}) {
            AutoAcceptCurve.Point a = AutoAcceptCurve.at(r.autoAccept().overall(), cut);
            out.add(String.format(Locale.ROOT, ROW, "auto-accept at " + Html.pct(cut), a.accepted(), Html.pct(a.agreement()),
                    "of " + Html.pct(a.share()) + " of sets; highest stage on them " + Html.pct(a.highestStage())));
        }
        if (r.anomaly() != null) {
            AnomalyMetrics a = r.anomaly();
            out.add(row("anomaly PR-AUC", a.prAuc(), false, null));
            out.add(row("anomaly recall at " + Html.pct(a.targetPrecision()) + " precision", a.recallAtPrecision(), true, null));
            out.add(row("anomaly calibration error (ECE)", a.calibrationError(), false, null));
            a.perProject().forEach((k, x) -> out.add(String.format(Locale.ROOT,
                    "    %s: base rate %s, prior used %s (%s), PR-AUC %s", k, Html.pct(x.baseRate()), Html.pct(x.prior()),
                    x.priorSource(), Html.num(x.prAuc(), 3))));
            a.perTopStep().forEach((k, x) -> out.add(String.format(Locale.ROOT,
                    "    last step %s: %d sets, %d broken, PR-AUC %s, %d of them flagged", k, x.sets(), x.anomalies(),
                    Html.num(x.prAuc(), 3), x.flaggedAnomalies())));
        }
        if (r.anomaly() != null && r.triage() != null) out.addAll(triage(r.triage()));
        if (r.replay() != null) out.addAll(replay(r.replay()));
        if (r.crop() != null) out.addAll(crop(r.crop(), "crop"));
        if (r.keep() != null) out.addAll(keep(r.keep()));
        for (String n : r.notes()) out.add("note: " + n);
        return out;
    }

    /** The keep model on held-out singles: rejected is the positive class of its PR-AUC. */
    static List<String> keep(KeepMetrics k) {
        return List.of(row("singles: keep accuracy", k.accuracy(), true, null),
                row("singles: rejects PR-AUC", k.rejectPrAuc(), false, null),
                row("singles: keep Brier score", k.brier(), false, null));
    }

    /** Per held-out project: the look-first ordering, the flag, and the sure picks, each beside its baseline. */
    static List<String> triage(Triage t) {
        List<String> out = new ArrayList<>();
        for (Triage.ProjectTriage p : t.projects()) {
            StringBuilder top = new StringBuilder();
            for (int k = 0; k < p.topShares().length; k++) {
                top.append(k == 0 ? "" : ", ").append(Html.pct(p.caughtInTop()[k])).append(" in the top ")
                        .append(Html.pct(p.topShares()[k]));
            }
            out.add(String.format(Locale.ROOT, "    %s: broken sets caught %s (random order: the share itself); flagged %s of sets "
                            + "holding %s of broken sets (rate %s); confidence >= 99%%: %d sets, %s agree", p.projectId(),
                    top, Html.pct(p.flaggedShare()), Html.pct(p.caughtByFlag()), Html.pct((double) p.broken() / p.sets()),
                    p.sure(), Html.pct(p.sureAgreement())));
        }
        StringBuilder rel = new StringBuilder("    pick confidence held out (confidence -> agreement):");
        for (Triage.Reliability b : t.pickReliability()) {
            rel.append(String.format(Locale.ROOT, " %s->%s (%d)", Html.pct(b.meanConfidence()), Html.pct(b.agreement()), b.sets()));
        }
        out.add(rel.toString());
        return out;
    }

    /** Each held-out project's later sets after its first ones are reviewed, beside the highest stage. */
    static List<String> replay(Replay r) {
        List<String> out = new ArrayList<>();
        for (Replay.ProjectReplay p : r.projects()) {
            out.add(String.format(Locale.ROOT, "    replay %s: first %d sets reviewed, rate %s -> %s; picks right on the other %d "
                            + "(%d broken): before %d (%d normal, %d broken), after %d (%d, %d); highest stage %d",
                    p.projectId(), p.revealed(), Html.pct(p.priorBefore()), Html.pct(p.priorAfter()), p.remaining(),
                    p.remainingBroken(), p.before().right(), p.before().normalRight(), p.before().brokenRight(),
                    p.after().right(), p.after().normalRight(), p.after().brokenRight(), p.highestStage().right()));
        }
        return out;
    }

    public static List<String> lines(RealLogResult r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "real-log crops: %d rows %s; bad rows %s", r.rows(), r.rowsPerProject(),
                r.problemsByReason().isEmpty() ? "none" : r.problemsByReason()));
        out.add(String.format(Locale.ROOT, ROW, "metric", "n", "dims/stage", "baselines"));
        if (r.leaveOneProjectOut() != null) {
            out.add("leave-one-project-out (\"dims/stage\" = XGBoost on " + r.features() + "):");
            out.addAll(crop(r.leaveOneProjectOut(), "crop"));
        }
        if (r.inSample() != null) {
            Map<String, Double> b = r.inSample().meanIou().baselines();
            out.add(String.format(Locale.ROOT, "in-sample reference (fitted on the rows it scores): mean IoU global median box "
                            + "%.3f, bucket median box %.3f, full image %.3f; within 0.05: global median %s",
                    b.get(CropMetrics.GLOBAL), b.get(CropMetrics.BUCKET), b.get(CropMetrics.FULL),
                    Html.pct(r.inSample().shareWithin05().baselines().get(CropMetrics.GLOBAL))));
        }
        for (String n : r.notes()) out.add("note: " + n);
        return out;
    }

    private static List<String> crop(CropMetrics c, String prefix) {
        List<String> out = new ArrayList<>();
        out.add(row(prefix + " mean IoU", c.meanIou(), false, null));
        c.meanIouPerProject().forEach((k, x) -> out.add(row(prefix + " mean IoU, " + k, x, false, null)));
        out.add(row(prefix + " share IoU >= 0.8", c.shareIouAtLeast80(), true, null));
        out.add(row(prefix + " share within 0.05", c.shareWithin05(), true, null));
        out.add(row(prefix + " boundary displacement", c.boundaryDisplacement(), false, null));
        return out;
    }

    private static String row(String label, Comparison c, boolean percent, String extra) {
        StringBuilder b = new StringBuilder();
        c.baselines().forEach((k, v) -> b.append(k.replace('_', ' ')).append(' ').append(fmt(v, percent)).append(", "));
        if (extra != null) b.append(extra).append(", ");
        String base = b.length() > 2 ? b.substring(0, b.length() - 2) : "";
        return String.format(Locale.ROOT, ROW, label, c.n(), fmt(c.model(), percent), base);
    }

    private static String fmt(Double v, boolean percent) {
        return percent ? Html.pct(v) : Html.num(v, 3);
    }
}
