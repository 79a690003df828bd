package dev.winnow.demo;

import dev.winnow.catalog.Catalog;
import dev.winnow.catalog.ScanReport;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.embed.EmbedPipeline;
import dev.winnow.embed.EmbedReport;
import dev.winnow.embed.PixelEmbedder;
import dev.winnow.embed.StopSignal;
import dev.winnow.history.HistoryImporter;
import dev.winnow.history.HistoryReport;
import dev.winnow.history.ImportReport;
import dev.winnow.learn.EvalOutput;
import dev.winnow.learn.Evaluator;
import dev.winnow.learn.PredictReport;
import dev.winnow.learn.Predictor;
import dev.winnow.learn.TrainReport;
import dev.winnow.learn.Trainer;
import dev.winnow.learn.anomaly.FittedExpectations;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.predict.ModelSuite;
import dev.winnow.learn.report.EvalTable;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole job on the demo workload, in the order a user would run it: generate the data once, register and
 * scan, import the logs, recover decisions from original vs final (graded against the hidden truth), embed,
 * train, evaluate leaving one project out, predict each project with the models of the fold that held it out. Each step says what it did in lines for a person and is
 * timed; the run returns what a machine reads.
 */
public final class DemoRun {
    private final Store store;
    private final Path home;
    private final ProgressReporter progress;
    private final Consumer<String> say;
    private final List<Map<String, Object>> steps = new ArrayList<>();

    /** {@code say} receives every line a person reads (scan counts, the scorecard, the evaluation table). */
    public DemoRun(Store store, Path home, ProgressReporter progress, Consumer<String> say) {
        this.store = store;
        this.home = home;
        this.progress = progress;
        this.say = say;
    }

    /** What the run did: where the data is, its projects, each step's seconds, the graded history runs, the report. */
    public record Result(Path demoDir, List<String> projectIds, List<Map<String, Object>> steps,
                         List<Map<String, Object>> history, double seconds, Path evalReport) {
    }

    public Result run(DemoConfig config) throws Exception {
        return run(config, LearnSettings.defaults());
    }

    public Result run(DemoConfig config, LearnSettings settings) throws Exception {
        Stopwatch total = Stopwatch.start();
        Path dir = home.resolve("demo-" + config.scale().name().toLowerCase(Locale.ROOT));
        DemoLayout layout = step("generate", () -> {
            int sets = config.projects().stream().mapToInt(DemoProjectSpec::sets).sum();
            DemoLayout l;
            try (ProgressReporter.Bar bar = progress.start("generate demo", sets)) {
                l = new DemoGenerator().generate(dir, config, (done, all) -> bar.step());
            }
            say.accept((l.freshlyGenerated() ? "  generated " : "  reused ") + l.projects().size() + " projects under " + dir);
            return l;
        });
        refuseMixedDemoData(layout);
        Catalog catalog = new Catalog(store);
        HistoryImporter history = new HistoryImporter(store);
        step("scan", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                catalog.addProject(p.id(), p.originals(), "Demo " + p.id());
                ScanReport r = catalog.scan(p.id(), progress);
                history.bindPending(p.id());
                say.accept(String.format("  %-7s %4d images, %3d stage sets, %2d singles, %d companions, %d problems",
                        p.id(), r.images(), r.sets(), r.singles(), r.companions(), r.problems().size()));
            }
            return null;
        });
        step("import logs", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                ImportReport r = history.importLogs(List.of(p.selectCropLog(), p.selectionLog()), p.id());
                say.accept(String.format("  %-7s %4d decisions imported (%d already there), %d rows rejected",
                        p.id(), r.imported(), r.alreadyPresent(), r.rejected().size()));
            }
            return null;
        });
        DemoScorecard scorecard = new DemoScorecard(store);
        List<Map<String, Object>> historyRuns = new ArrayList<>();
        step("history (original vs final)", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                Path fin = p.finalZip().orElse(p.finals());
                boolean skipped = !layout.freshlyGenerated() && history.alreadyRecovered(p.id(), p.originals(), fin);
                if (skipped) {
                    say.accept(String.format("  %-7s already recovered from these folders (winnow history %s ... runs it again)", p.id(), p.id()));
                } else {
                    HistoryReport r = history.recover(p.id(), p.originals(), fin, progress);
                    say.accept(String.format("  %-7s %3d finals -> %3d winners, %d sets all rejected, crops %s, %d problems%s",
                            p.id(), r.finals(), r.winners(), r.allRejected(), r.cropStates(), r.problems().size(),
                            p.finalZip().isPresent() ? " (read from the zip)" : ""));
                }
                // The demo knows its truth, so it can grade recovery; training never reads the truth.
                DemoScore score = scorecard.judge(p.id(), p.truth());
                say.accept("          judged against the demo's hidden truth: " + score.summary());
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("project", p.id());
                run.put("skipped", skipped);
                run.put("score", score);
                historyRuns.add(run);
            }
            return null;
        });
        // Train and evaluate on the vectors just made, even when an older embedder version left others in the store.
        String embedderId = step("embed (pixels)", () -> {
            try (PixelEmbedder embedder = new PixelEmbedder()) {
                for (DemoLayout.ProjectPaths p : layout.projects()) {
                    EmbedReport r = new EmbedPipeline(store, home).run(p.id(), embedder,
                            Runtime.getRuntime().availableProcessors(), progress, StopSignal.never());
                    say.accept(String.format("  %-7s %4d images: %d decoded, %d cached, %d failed; %d change maps",
                            p.id(), r.images(), r.decoded(), r.cached(), r.failed(), r.changeMapsComputed() + r.changeMapsReused()));
                }
                return embedder.id();
            }
        });
        List<String> ids = layout.projects().stream().map(DemoLayout.ProjectPaths::id).toList();
        // Train and evaluate read the same sets: the expected-residual layer (no labels) is fitted once for both.
        FittedExpectations expectations = FittedExpectations.forOneRun();
        step("train (ranker, anomaly, crop, keep)", () -> {
            TrainReport r = new Trainer(home, settings, expectations).train(store, ids, embedderId, List.of(ModelKind.values()), progress);
            for (ModelMetadata m : r.models()) say.accept(String.format("  %-8s %-4s %s", m.kind(), m.version(), m.headlineText()));
            r.notes().forEach(n -> say.accept("  skipped: " + n));
            return null;
        });
        // Each project's fold models never saw it: the demo's reviewer predicts with them, as a new project would be
        // predicted, so that the agreement it shows is what a user can expect (the models `train` just made know
        // every demo project and would agree with the curator far more often than on a new one).
        Map<String, ModelSuite> withoutProject = new LinkedHashMap<>();
        EvalOutput eval = step("evaluate (leave one project out)", () -> {
            EvalOutput r = new Evaluator(home, settings, expectations).evaluate(store, ids, Holdout.PROJECT, embedderId, progress,
                    (heldOut, suite) -> heldOut.forEach(p -> withoutProject.put(p, suite)));
            EvalTable.lines(r.result()).forEach(line -> say.accept("  " + line));
            say.accept("  report: " + r.html());
            detection(layout, r);
            return r;
        });
        step("predict (each project with the models trained without it)", () -> {
            for (String id : ids) {
                ModelSuite suite = withoutProject.get(id);
                PredictReport r = suite == null ? new Predictor(store, home).predict(id, null, progress)
                        : new Predictor(store, home).predictHeldOut(id, suite, "trained without " + id, progress);
                say.accept(String.format(Locale.ROOT, "  %-7s %d sets predicted%s, %d picks below the highest stage, %d flagged",
                        id, r.predicted(), suite == null ? " (with the current models: it was not held out)" : "",
                        r.lowerStagePicks(), r.flagged()));
            }
            return null;
        });
        double seconds = total.seconds();
        say.accept(String.format(Locale.ROOT, "demo pipeline finished in %.1f s", seconds));
        return new Result(dir, ids, List.copyOf(steps), historyRuns, seconds, eval.html());
    }

    /**
     * The held-out broken sets judged per artifact kind against the demo's hidden truth (see
     * {@link DetectionScorecard}), printed and written beside the evaluation report.
     */
    private void detection(DemoLayout layout, EvalOutput r) {
        if (r.result().triage() == null) return;
        Map<String, Path> truths = new LinkedHashMap<>();
        layout.projects().forEach(p -> truths.put(p.id(), p.truth()));
        DetectionScorecard.Result d = new DetectionScorecard().judge(truths, r.result().triage().sets());
        say.accept("  held-out broken sets per artifact kind (judged against the demo's hidden truth):");
        d.lines().forEach(line -> say.accept("    " + line));
        Path file = r.json().resolveSibling("demo-detection.json");
        JsonFiles.write(file, d);
        say.accept("  per-kind table: " + file);
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /**
     * Freshly generated demo data (a new generator version or seed) under project ids the store already knows would
     * mix the old data's decisions with the new data's, and every number after that would be wrong: stop instead.
     */
    private void refuseMixedDemoData(DemoLayout layout) {
        if (!layout.freshlyGenerated()) return;
        ProjectRepository projects = new ProjectRepository(store);
        List<String> known = layout.projects().stream().map(DemoLayout.ProjectPaths::id)
                .filter(id -> projects.find(id).isPresent()).toList();
        if (!known.isEmpty()) {
            throw new IllegalArgumentException("this home already holds demo projects " + known + " made from older demo "
                    + "data (another generator version or seed); the data was generated anew and the two would mix. Run "
                    + "the demo in a fresh home (winnow --home DIR demo) or move " + home.resolve("winnow.db")
                    + " away first.");
        }
    }

    private <T> T step(String name, Step<T> body) throws Exception {
        say.accept("== " + name);
        Stopwatch clock = Stopwatch.start();
        T value = body.run();
        double s = clock.seconds();
        say.accept(String.format(Locale.ROOT, "   (%.1f s)", s));
        steps.add(Map.of("step", name, "seconds", s));
        return value;
    }
}
