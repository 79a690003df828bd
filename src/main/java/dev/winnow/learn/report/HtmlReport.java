package dev.winnow.learn.report;

import dev.winnow.catalog.Stage;
import dev.winnow.common.CropBox;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.eval.AnomalyMetrics;
import dev.winnow.learn.eval.AutoAcceptCurve;
import dev.winnow.learn.eval.Comparison;
import dev.winnow.learn.eval.CropMetrics;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.Evaluation;
import dev.winnow.learn.eval.KeepMetrics;
import dev.winnow.learn.eval.FoldInfo;
import dev.winnow.learn.eval.Misses;
import dev.winnow.learn.eval.PickMetrics;
import dev.winnow.learn.eval.Replay;
import dev.winnow.learn.eval.Triage;
import dev.winnow.learn.fit.BinaryMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The evaluation as one self-contained XHTML page: every metric beside its baselines, per-project bars, PR and
 * calibration curves, IoU histogram, and examples of misses with thumbnails — all inline (SVG and data URIs).
 * Every section is always present; a section whose metric could not be measured says why.
 */
public final class HtmlReport {
    static final List<String> SECTIONS = List.of("summary", "data", "pick", "pick-per-project", "auto-accept", "anomaly", "pr-curve",
            "calibration-curve", "triage", "reliability", "replay", "crop", "iou-histogram", "keep", "misses", "folds", "notes");

    private final EvalResult r;
    private final Thumbnails thumbnails;
    private final StringBuilder h = new StringBuilder();

    public HtmlReport(EvalResult result, Thumbnails thumbnails) {
        this.r = result;
        this.thumbnails = thumbnails;
    }

    public String render() {
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Winnow evaluation ").append(Html.esc(r.createdAt())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#1a202c}")
                .append("table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #cbd5e0;padding:.25em .6em;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.model{font-weight:bold}.note{color:#4a5568}")
                .append(".ex{display:inline-block;margin:.3em;vertical-align:top;font-size:12px;text-align:center}")
                .append(".ex svg{display:block;margin:0 auto .2em}.chosen{outline:3px solid #38a169}")
                .append(".picked{outline:3px dashed #dd6b20}</style></head><body>");
        summary();
        data();
        pick();
        autoAccept();
        anomaly();
        triage();
        replay();
        crop();
        keep();
        misses();
        folds();
        notes();
        return h.append("</body></html>\n").toString();
    }

    private void section(String id, String title) {
        h.append("<h2 id=\"").append(id).append("\">").append(Html.esc(title)).append("</h2>");
    }

    private void para(String text) {
        h.append("<p class=\"note\">").append(Html.esc(text)).append("</p>");
    }

    private void summary() {
        h.append("<h1>Winnow evaluation</h1>");
        section("summary", "Summary");
        FeatureSchema s = r.schema();
        para(String.format(Locale.ROOT, "%s, %s, %.1f s, seed %d. Embedder %s (%d dimensions); change features %s.",
                r.holdout(), r.createdAt(), r.seconds(), r.seed(), s.embedderId(), s.embeddingDim(), s.changeNames()));
        para("Every number stands beside its baselines, computed on exactly the same held-out sets. Held-out data "
                + "contributed nothing to training, calibration, thresholds or the anomaly prior.");
    }

    private void data() {
        section("data", "Data");
        h.append("<table><tr><th>project</th><th>sets</th><th>labeled</th><th>anomalies</th><th>crops known</th>")
                .append("<th>conflicting decisions</th><th>left out (reason: sets)</th></tr>");
        for (ProjectStats p : r.projects()) {
            h.append("<tr><td>").append(Html.esc(p.projectId())).append("</td>").append(td(p.sets())).append(td(p.labeled()))
                    .append(td(p.anomalies())).append(td(p.crops())).append(td(p.conflicts())).append("<td>")
                    .append(Html.esc(p.excluded().isEmpty() ? "none" : p.excluded().toString())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private void pick() {
        section("pick", "Pick (which stage to keep)");
        PickMetrics m = r.pick(), alone = r.rankerAlone();
        h.append("<table><tr><th>metric</th><th>n</th><th class=\"model\">Winnow pick</th><th>ranker alone</th>")
                .append("<th>highest stage</th><th>random</th></tr>");
        pickRow("top-1, all sets", m.top1(), alone.top1());
        pickRow("top-1, normal sets", m.top1Normal(), alone.top1Normal());
        pickRow("top-1, anomaly sets", m.top1Anomaly(), alone.top1Anomaly());
        pickRow("pairwise, all sets", m.pairwise(), alone.pairwise());
        pickRow("pairwise, normal sets", m.pairwiseNormal(), alone.pairwiseNormal());
        pickRow("pairwise, anomaly sets", m.pairwiseAnomaly(), alone.pairwiseAnomaly());
        h.append("</table>");
        Comparison b = m.confidenceBrier();
        para(String.format(Locale.ROOT, "Confidence (probability the pick is right): Brier score %s vs %s for a constant "
                + "at the realised accuracy (lower is better).", Html.num(b.model(), 4),
                Html.num(b.baselines().get("constant_at_accuracy"), 4)));
        para("Winnow pick = the anomaly detector (at the project's prior) decides whether to leave the highest stage, "
                + "the ranker which lower stage to keep. Random top-1 = mean of 1/|set|.");
        section("pick-per-project", "Top-1 per project");
        List<String> projects = new ArrayList<>(m.top1PerProject().keySet());
        double[][] v = new double[3][projects.size()];
        h.append("<table><tr><th>project</th><th>n</th><th class=\"model\">Winnow pick</th><th>highest stage</th><th>random</th></tr>");
        for (int i = 0; i < projects.size(); i++) {
            Comparison c = m.top1PerProject().get(projects.get(i));
            v[0][i] = c.model();
            v[1][i] = c.baselines().get(PickMetrics.HIGHEST);
            v[2][i] = c.baselines().get(PickMetrics.RANDOM);
            h.append("<tr><td>").append(Html.esc(projects.get(i))).append("</td>").append(td(c.n()))
                    .append(td(Html.pct(v[0][i]))).append(td(Html.pct(v[1][i]))).append(td(Html.pct(v[2][i]))).append("</tr>");
        }
        h.append("</table>");
        h.append(SvgChart.bars("Top-1 per project", projects, List.of("Winnow pick", "highest stage", "random"), v, 1, true));
    }

    /** Cuts shown in the table; the plot and report.json carry every whole percent. */
    private static final double[] TABLE_CUTS = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99};

    private void autoAccept() {
        section("auto-accept", "Auto-accept: share of sets above a confidence cut, and agreement on them");
        AutoAcceptCurve a = r.autoAccept();
        para("The reviewer can accept every set whose pick confidence reaches a cut. For each cut: the share of held-out "
                + "sets that reach it and how often the pick was the curator's on those sets, beside keeping the highest "
                + "stage on the same sets.");
        h.append("<table><tr><th>cut</th><th>project</th><th>sets above the cut</th><th class=\"model\">agreement</th>")
                .append("<th>highest stage</th></tr>");
        Map<String, List<AutoAcceptCurve.Point>> curves = new LinkedHashMap<>();
        curves.put("all", a.overall());
        curves.putAll(a.byProject());
        for (double cut : TABLE_CUTS) {
            for (var e : curves.entrySet()) {
                AutoAcceptCurve.Point p = AutoAcceptCurve.at(e.getValue(), cut);
                h.append("<tr><td>").append(Html.pct(cut)).append("</td><td>").append(Html.esc(e.getKey())).append("</td>")
                        .append(td(Html.pct(p.share()) + " (" + p.accepted() + " of " + p.sets() + ")"))
                        .append(td(Html.pct(p.agreement()))).append(td(Html.pct(p.highestStage()))).append("</tr>");
            }
        }
        h.append("</table>");
        List<SvgChart.Series> series = new ArrayList<>();
        series.add(curveSeries("Winnow, all", a.overall(), false, false));
        series.add(curveSeries("highest stage, same sets", a.overall(), true, true));
        for (var e : a.byProject().entrySet()) series.add(curveSeries(e.getKey(), e.getValue(), false, false));
        h.append(SvgChart.lines("Agreement on the accepted sets vs the share accepted (each point a cut)",
                "share of sets auto-accepted", "agreement with the curator", series));
    }

    /** Share accepted (x) against agreement on them (y), one point per cut that accepts any set. */
    private static SvgChart.Series curveSeries(String name, List<AutoAcceptCurve.Point> curve, boolean highest, boolean dashed) {
        List<AutoAcceptCurve.Point> pts = curve.stream().filter(p -> p.accepted() > 0).toList();
        double[] x = new double[pts.size()], y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i).share();
            y[i] = highest ? pts.get(i).highestStage() : pts.get(i).agreement();
        }
        return new SvgChart.Series(name, x, y, dashed);
    }

    private void pickRow(String label, Comparison c, Comparison alone) {
        h.append("<tr><td>").append(Html.esc(label)).append("</td>").append(td(c.n())).append(td(Html.pct(c.model())))
                .append(td(Html.pct(alone.model()))).append(td(Html.pct(c.baselines().get(PickMetrics.HIGHEST))))
                .append(td(Html.pct(c.baselines().get(PickMetrics.RANDOM)))).append("</tr>");
    }

    private void anomaly() {
        section("anomaly", "Anomaly detector (is the highest stage the wrong pick?)");
        AnomalyMetrics a = r.anomaly();
        if (a == null) {
            notMeasured("pr-curve", "Precision-recall curve", "calibration-curve", "Calibration curve");
            return;
        }
        h.append("<table><tr><th>metric</th><th>n</th><th class=\"model\">detector</th><th>baseline</th><th>baseline is</th></tr>");
        anomalyRow("PR-AUC (higher is better)", a.prAuc(), AnomalyMetrics.BASE_RATE, "constant score: PR-AUC = base rate");
        anomalyRow("recall at " + Html.pct(a.targetPrecision()) + " precision", a.recallAtPrecision(), AnomalyMetrics.BASE_RATE,
                "constant score");
        anomalyRow("calibration error, ECE (lower is better)", a.calibrationError(), AnomalyMetrics.PRIOR,
                "constant at the prior the detector assumed");
        anomalyRow("Brier score (lower is better)", a.brier(), AnomalyMetrics.PRIOR, "constant at the prior the detector assumed");
        h.append("</table>");
        para(String.format(Locale.ROOT, "At the operating threshold (chosen on training folds for %s precision): %d sets "
                + "flagged, precision %s, recall %s.", Html.pct(a.targetPrecision()), a.flagged(),
                Html.pct(a.precisionAtThreshold()), Html.pct(a.recallAtThreshold())));
        h.append("<table><tr><th>project</th><th>sets</th><th>anomalies</th><th>base rate</th><th>prior used</th>")
                .append("<th>prior from</th><th class=\"model\">PR-AUC</th></tr>");
        a.perProject().forEach((p, x) -> h.append("<tr><td>").append(Html.esc(p)).append("</td>").append(td(x.sets()))
                .append(td(x.anomalies())).append(td(Html.pct(x.baseRate()))).append(td(Html.pct(x.prior())))
                .append("<td>").append(Html.esc(x.priorSource())).append("</td>").append(td(Html.num(x.prAuc(), 3)))
                .append("</tr>"));
        h.append("</table>");
        para("By the set's last stage step: some steps hide a break far better than others.");
        h.append("<table><tr><th>last step</th><th>sets</th><th>broken</th><th class=\"model\">PR-AUC</th>")
                .append("<th>broken and flagged</th></tr>");
        a.perTopStep().forEach((k, x) -> h.append("<tr><td>").append(Html.esc(k)).append("</td>").append(td(x.sets()))
                .append(td(x.anomalies())).append(td(Html.num(x.prAuc(), 3))).append(td(x.flaggedAnomalies()))
                .append("</tr>"));
        h.append("</table>");
        section("pr-curve", "Precision-recall curve");
        double[] rec = a.prCurve().stream().mapToDouble(BinaryMetrics.PrPoint::recall).toArray();
        double[] prec = a.prCurve().stream().mapToDouble(BinaryMetrics.PrPoint::precision).toArray();
        double base = a.prAuc().baselines().get(AnomalyMetrics.BASE_RATE);
        h.append(SvgChart.lines("Precision vs recall", "recall", "precision", List.of(
                new SvgChart.Series("detector", rec, prec, false),
                new SvgChart.Series("base rate (no skill)", new double[] {0, 1}, new double[] {base, base}, true))));
        section("calibration-curve", "Calibration curve");
        double[] pred = a.calibration().stream().mapToDouble(BinaryMetrics.Bin::predicted).toArray();
        double[] obs = a.calibration().stream().mapToDouble(BinaryMetrics.Bin::observed).toArray();
        h.append(SvgChart.lines("Observed anomaly rate vs predicted probability", "predicted probability", "observed rate",
                List.of(new SvgChart.Series("detector", pred, obs, false),
                        new SvgChart.Series("perfect calibration", new double[] {0, 1}, new double[] {0, 1}, true))));
        StringBuilder counts = new StringBuilder("Sets per bin: ");
        for (BinaryMetrics.Bin b : a.calibration()) counts.append(String.format(Locale.ROOT, "%.2f: %d  ", b.predicted(), b.count()));
        para(counts.toString().strip());
    }

    private void triage() {
        section("triage", "Triage: broken sets among each project's most suspicious sets");
        Triage t = r.triage();
        para("Sets ordered by anomaly probability, most suspicious first: the share of a held-out project's broken sets "
                + "within its top 10%, 20% and 30% (random order catches the share itself); the share of sets the "
                + "reviewer flags against the share of broken sets among them; the pick's agreement where its "
                + "confidence reaches 99%.");
        h.append("<table><tr><th>project</th><th>sets</th><th>broken</th>");
        for (double share : Triage.TOP_SHARES) h.append("<th class=\"model\">caught in top ").append(Html.pct(share)).append("</th>");
        h.append("<th>flagged share</th><th class=\"model\">broken caught by the flag</th><th>confidence &#8805; 99%</th>")
                .append("<th class=\"model\">agreement there</th></tr>");
        List<String> groups = new ArrayList<>();
        double[][] values = new double[Triage.TOP_SHARES.length * 2][t.projects().size()];
        for (int p = 0; p < t.projects().size(); p++) {
            Triage.ProjectTriage x = t.projects().get(p);
            groups.add(x.projectId());
            h.append("<tr><td>").append(Html.esc(x.projectId())).append("</td>").append(td(x.sets())).append(td(x.broken()));
            for (int k = 0; k < x.caughtInTop().length; k++) {
                h.append(td(Html.pct(x.caughtInTop()[k])));
                values[2 * k][p] = Double.isNaN(x.caughtInTop()[k]) ? 0 : x.caughtInTop()[k];
                values[2 * k + 1][p] = x.topShares()[k];
            }
            h.append(td(Html.pct(x.flaggedShare()))).append(td(Html.pct(x.caughtByFlag()))).append(td(x.sure()))
                    .append(td(Html.pct(x.sureAgreement()))).append("</tr>");
        }
        h.append("</table>");
        List<String> series = new ArrayList<>();
        for (double share : Triage.TOP_SHARES) {
            series.add("top " + Html.pct(share));
            series.add("random " + Html.pct(share));
        }
        h.append(SvgChart.bars("Broken sets caught in each project's most suspicious sets (beside random order)", groups,
                series, values, 1, true));
        section("reliability", "Pick confidence on held-out sets (reliability)");
        para("Held-out sets grouped by the confidence of their pick: the mean confidence against how often the pick was "
                + "the curator's. On the diagonal, a confidence means what it says.");
        h.append("<table><tr><th>confidence</th><th>sets</th><th>mean confidence</th><th class=\"model\">agreement</th></tr>");
        for (Triage.Reliability b : t.pickReliability()) {
            h.append("<tr><td>").append(Html.pct(b.from())).append(" – ").append(Html.pct(b.to())).append("</td>")
                    .append(td(b.sets())).append(td(Html.pct(b.meanConfidence()))).append(td(Html.pct(b.agreement())))
                    .append("</tr>");
        }
        h.append("</table>");
        h.append(SvgChart.lines("Agreement vs confidence", "pick confidence", "agreement with the curator", List.of(
                new SvgChart.Series("Winnow pick", t.pickReliability().stream().mapToDouble(Triage.Reliability::meanConfidence).toArray(),
                        t.pickReliability().stream().mapToDouble(Triage.Reliability::agreement).toArray(), false),
                new SvgChart.Series("a confidence that means what it says", new double[] {0, 1}, new double[] {0, 1}, true))));
    }

    private void replay() {
        section("replay", "Replay: a held-out project's first sets reviewed");
        Replay rp = r.replay();
        if (rp == null) {
            para("Not measured: replay needs leave-one-project-out with the anomaly detector.");
            return;
        }
        para("Each held-out project's first sets (scan order) are revealed as if reviewed; the picks on its other sets "
                + "with the rate those reviews measured, against the picks before (rate estimated without labels) and "
                + "keeping the highest stage on the same sets.");
        h.append("<table><tr><th>project</th><th>reviewed</th><th>other sets</th><th>broken among them</th>")
                .append("<th>rate before → after</th><th>right before (normal, broken)</th>")
                .append("<th class=\"model\">right after (normal, broken)</th><th>highest stage</th></tr>");
        for (Replay.ProjectReplay x : rp.projects()) {
            h.append("<tr><td>").append(Html.esc(x.projectId())).append("</td>").append(td(x.revealed()))
                    .append(td(x.remaining())).append(td(x.remainingBroken()))
                    .append(td(Html.pct(x.priorBefore()) + " → " + Html.pct(x.priorAfter())))
                    .append(td(counts(x.before()))).append(td(counts(x.after())))
                    .append(td(String.valueOf(x.highestStage().right()))).append("</tr>");
        }
        h.append("</table>");
    }

    private static String counts(Replay.Counts c) {
        return c.right() + " (" + c.normalRight() + ", " + c.brokenRight() + ")";
    }

    /** Says why the current section has no numbers, and still writes its sub-sections (id, title pairs). */
    private void notMeasured(String... subsections) {
        para("Not measured: " + String.join("; ", r.notes()));
        for (int i = 0; i < subsections.length; i += 2) {
            section(subsections[i], subsections[i + 1]);
            para("Not measured.");
        }
    }

    private void anomalyRow(String label, Comparison c, String key, String what) {
        baselineRow(label, c, key, what, v -> Html.num(v, 3));
    }

    /** One metric beside one of its baselines, and what that baseline is. */
    private void baselineRow(String label, Comparison c, String key, String what, Function<Double, String> fmt) {
        h.append("<tr><td>").append(Html.esc(label)).append("</td>").append(td(c.n())).append(td(fmt.apply(c.model())))
                .append(td(fmt.apply(c.baselines().get(key)))).append("<td>").append(Html.esc(what)).append("</td></tr>");
    }

    private void crop() {
        section("crop", "Crop proposer (on the curator's kept image)");
        CropMetrics c = r.crop();
        if (c == null) {
            notMeasured("iou-histogram", "IoU histogram");
            return;
        }
        h.append("<table><tr><th>metric</th><th>n</th><th class=\"model\">crop proposer</th><th>full image (no crop)</th>")
                .append("<th>global median box</th><th>bucket median box</th></tr>");
        cropRow("mean IoU (higher is better)", c.meanIou(), Html::pct);
        cropRow("share with IoU at least 0.8", c.shareIouAtLeast80(), Html::pct);
        cropRow("share within 0.05 on every coordinate", c.shareWithin05(), Html::pct);
        cropRow("boundary displacement, mean edge error (lower is better)", c.boundaryDisplacement(), v -> Html.num(v, 4));
        h.append("</table><table><tr><th>project</th><th>n</th><th class=\"model\">mean IoU</th><th>full image</th>")
                .append("<th>global median box</th><th>bucket median box</th></tr>");
        c.meanIouPerProject().forEach((p, x) -> cropRow(p, x, Html::pct));
        h.append("</table>");
        section("iou-histogram", "IoU histogram");
        List<String> bins = new ArrayList<>();
        double[][] v = new double[2][CropMetrics.HISTOGRAM_BINS];
        int n = Math.max(1, c.meanIou().n());
        for (int b = 0; b < CropMetrics.HISTOGRAM_BINS; b++) {
            bins.add(String.format(Locale.ROOT, "%.1f", b / (double) CropMetrics.HISTOGRAM_BINS));
            v[0][b] = c.iouHistogram()[b] / (double) n;
            v[1][b] = c.iouHistogramBucketMedian()[b] / (double) n;
        }
        h.append(SvgChart.bars("Share of crops per IoU bin (bin start)", bins, List.of("crop proposer", "bucket median box"),
                v, 1, true));
    }

    private void keep() {
        section("keep", "Keep model (singles: kept or rejected)");
        KeepMetrics k = r.keep();
        if (k == null) {
            List<String> why = r.notes().stream().filter(n -> n.startsWith(Evaluation.KEEP_NOT_EVALUATED)).toList();
            para("Not measured: " + (why.isEmpty() ? "no decided singles (sets of one)" : String.join("; ", why)));
            return;
        }
        para(String.format(Locale.ROOT, "%d held-out singles, %d kept, %d rejected. The model suggests keeping from "
                + "P(keep) 50%% on; PR-AUC ranks by 1 - P(keep) with rejected as the positive class.", k.singles(), k.kept(),
                k.rejected()));
        h.append("<table><tr><th>metric</th><th>n</th><th class=\"model\">keep model</th><th>baseline</th><th>baseline is</th></tr>");
        baselineRow("accuracy (higher is better)", k.accuracy(), KeepMetrics.KEEP_ALL, "keep every single", Html::pct);
        baselineRow("PR-AUC of rejects (higher is better)", k.rejectPrAuc(), KeepMetrics.BASE_RATE, "reject rate", v -> Html.num(v, 3));
        baselineRow("Brier score of P(keep) (lower is better)", k.brier(), KeepMetrics.KEPT_RATE,
                "constant at the kept rate", v -> Html.num(v, 3));
        h.append("</table>");
    }

    private void cropRow(String label, Comparison c, Function<Double, String> fmt) {
        Map<String, Double> b = c.baselines();
        h.append("<tr><td>").append(Html.esc(label)).append("</td>").append(td(c.n())).append(td(fmt.apply(c.model())))
                .append(td(fmt.apply(b.get(CropMetrics.FULL)))).append(td(fmt.apply(b.get(CropMetrics.GLOBAL))))
                .append(td(fmt.apply(b.get(CropMetrics.BUCKET)))).append("</tr>");
    }

    private void misses() {
        section("misses", "Examples of misses");
        Misses m = r.misses();
        h.append("<h3>Wrong picks (most confident first)</h3>");
        if (m.picks().isEmpty()) para("No wrong picks.");
        para("Solid green: the curator's pick; dashed orange: Winnow's pick.");
        for (Misses.PickMiss p : m.picks()) {
            h.append("<div><p>").append(Html.esc(String.format(Locale.ROOT, "%s set %d, confidence %s", p.projectId(),
                    p.setId(), Html.pct(p.confidence())))).append("</p>");
            for (int i = 0; i < p.fileIds().size(); i++) {
                String cls = i == p.chosen() ? "chosen" : i == p.picked() ? "picked" : "";
                h.append("<div class=\"ex\">").append(image(p.fileIds().get(i), p.aspects()[i], cls, null, null))
                        .append(Html.esc(String.format(Locale.ROOT, "stage %s, score %.2f", new Stage(
                                p.stages()[i], null).shortName(), p.scores()[i]))).append("<br/>")
                        .append(Html.esc(p.names().get(i))).append("</div>");
            }
            h.append("</div>");
        }
        h.append("<h3>Worst crops</h3>");
        if (m.crops().isEmpty()) para("No crops evaluated.");
        para("Green: the curator's crop; orange: proposed.");
        for (Misses.CropMiss c : m.crops()) {
            h.append("<div class=\"ex\">").append(image(c.fileId(), c.aspect(), "", c.truth(), c.predicted()))
                    .append(Html.esc(String.format(Locale.ROOT, "%s set %d, IoU %.2f", c.projectId(), c.setId(), c.iou())))
                    .append("<br/>").append(Html.esc(c.name())).append("</div>");
        }
    }

    /**
     * A thumbnail (or a grey placeholder) in SVG at the image's aspect, optionally with the true and proposed crop
     * boxes drawn on it (boxes are fractions of the image, so the thumbnail fills the frame exactly).
     */
    private String image(long fileId, double aspect, String cls, CropBox truth, CropBox predicted) {
        int hh = 170, w = (int) Math.round(hh * (Double.isFinite(aspect) && aspect > 0 ? Math.min(aspect, 1.6) : 0.7));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" class=\"%s\">", w, hh, cls));
        String uri = thumbnails.dataUri(fileId).orElse(null);
        if (uri == null) {
            s.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"#e2e8f0\"/><text x=\"6\" y=\"16\" font-size=\"10\">no thumbnail</text>", w, hh));
        } else {
            s.append(String.format("<image href=\"%s\" width=\"%d\" height=\"%d\" preserveAspectRatio=\"none\"/>", Html.esc(uri), w, hh));
        }
        if (truth != null) s.append(box(truth, w, hh, "#38a169", ""));
        if (predicted != null) s.append(box(predicted, w, hh, "#dd6b20", " stroke-dasharray=\"4,3\""));
        return s.append("</svg>").toString();
    }

    private static String box(CropBox b, int w, int h, String color, String extra) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                b.x1() * w, b.y1() * h, b.width() * w, b.height() * h, color, extra);
    }

    private void folds() {
        section("folds", "Folds");
        h.append("<table><tr><th>fold</th><th>trained on</th><th>sets</th><th>tested on</th><th>sets</th><th>notes</th></tr>");
        for (FoldInfo f : r.folds()) {
            h.append("<tr><td>").append(Html.esc(f.name())).append("</td><td>").append(Html.esc(String.join(", ", f.trainProjects())))
                    .append("</td>").append(td(f.trainSets())).append("<td>").append(Html.esc(String.join(", ", f.testProjects())))
                    .append("</td>").append(td(f.testSets())).append("<td>").append(Html.esc(String.join("; ", f.notes())))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private void notes() {
        section("notes", "Notes and environment");
        if (r.notes().isEmpty()) para("No notes.");
        for (String n : r.notes()) para(n);
        para("Environment: " + r.environment());
    }

    private static String td(Object v) {
        return "<td>" + Html.esc(v) + "</td>";
    }
}
