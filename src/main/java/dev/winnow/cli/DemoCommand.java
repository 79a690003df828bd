package dev.winnow.cli;

import dev.winnow.catalog.Catalog;
import dev.winnow.catalog.ScanReport;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.demo.DemoConfig;
import dev.winnow.demo.DemoGenerator;
import dev.winnow.demo.DemoLayout;
import dev.winnow.demo.DemoProjectSpec;
import dev.winnow.demo.DemoScore;
import dev.winnow.demo.DemoScorecard;
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
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.report.EvalTable;
import dev.winnow.review.Reviewer;
import dev.winnow.store.ProjectRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `winnow demo`: generates the synthetic demo workload once, then runs every capability on it in the order a
 * user would: register and scan, import the logs, recover decisions from original vs final, embed, train,
 * evaluate, predict, and open the reviewer.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job on built-in demo data: 3 generated projects (~100 stage sets each) with logs, "
                + "finals and hidden ground truth, under <home>/demo. Offline; the data is generated once and reused."},
        footer = {"", "Examples:", "  winnow demo                      # everything, then the reviewer (Ctrl-C to stop)",
                "  winnow demo --no-review          # stop after predictions (CI, scripts)",
                "  winnow --home /tmp/w demo --full-size --no-review"})
final class DemoCommand extends WinnowSubcommand {
    @Option(names = "--full-size", description = "Stage sizes 1024/2048/3072 px instead of 512/1024/1536 (slower: ~3 min, ~6.6 GB of uncompressed PNGs).")
    boolean fullSize;
    @Option(names = "--small", hidden = true, description = "Tiny images (160 px stage 1), a quarter of the sets: a quick smoke run for tests.")
    boolean small;
    @Option(names = "--no-review", description = "Do not open the reviewer at the end.")
    boolean noReview;
    @Option(names = "--seed", defaultValue = "20251004", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--port", defaultValue = "0", description = "Reviewer port on 127.0.0.1 (default: any free one).")
    int port;

    private final List<Map<String, Object>> steps = new ArrayList<>();

    @Override
    int run(CommandContext ctx) throws Exception {
        Stopwatch total = Stopwatch.start();
        Output o = ctx.out();
        DemoConfig config = small ? DemoConfig.smoke(seed) : DemoConfig.standard(seed, fullSize);
        Path dir = ctx.home().resolve("demo-" + config.scale().name().toLowerCase(Locale.ROOT));
        DemoLayout layout = step(ctx, "generate", () -> {
            int sets = config.projects().stream().mapToInt(DemoProjectSpec::sets).sum();
            DemoLayout l;
            try (ProgressReporter.Bar bar = ctx.progress().start("generate demo", sets)) {
                l = new DemoGenerator().generate(dir, config, (done, all) -> bar.step());
            }
            o.say((l.freshlyGenerated() ? "  generated " : "  reused ") + l.projects().size() + " projects under " + dir);
            return l;
        });
        refuseMixedDemoData(ctx, layout);
        Catalog catalog = new Catalog(ctx.store());
        HistoryImporter history = new HistoryImporter(ctx.store());
        step(ctx, "scan", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                catalog.addProject(p.id(), p.originals(), "Demo " + p.id());
                ScanReport r = catalog.scan(p.id(), ctx.progress());
                history.bindPending(p.id());
                o.say(String.format("  %-7s %4d images, %3d stage sets, %2d singles, %d companions, %d problems",
                        p.id(), r.images(), r.sets(), r.singles(), r.companions(), r.problems().size()));
            }
            return null;
        });
        step(ctx, "import logs", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                ImportReport r = history.importLogs(List.of(p.selectCropLog(), p.selectionLog()), p.id());
                o.say(String.format("  %-7s %4d decisions imported (%d already there), %d rows rejected",
                        p.id(), r.imported(), r.alreadyPresent(), r.rejected().size()));
            }
            return null;
        });
        DemoScorecard scorecard = new DemoScorecard(ctx.store());
        List<Map<String, Object>> historyRuns = new ArrayList<>();
        step(ctx, "history (original vs final)", () -> {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                Path fin = p.finalZip().orElse(p.finals());
                boolean skipped = !layout.freshlyGenerated() && history.alreadyRecovered(p.id(), p.originals(), fin);
                if (skipped) {
                    o.say(String.format("  %-7s already recovered from these folders (winnow history %s ... runs it again)", p.id(), p.id()));
                } else {
                    HistoryReport r = history.recover(p.id(), p.originals(), fin, ctx.progress());
                    o.say(String.format("  %-7s %3d finals -> %3d winners, %d sets all rejected, crops %s, %d problems%s",
                            p.id(), r.finals(), r.winners(), r.allRejected(), r.cropStates(), r.problems().size(),
                            p.finalZip().isPresent() ? " (read from the zip)" : ""));
                }
                // The demo knows its truth, so it can grade recovery; training never reads the truth.
                DemoScore score = scorecard.judge(p.id(), p.truth());
                o.say("          judged against the demo's hidden truth: " + score.summary());
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("project", p.id());
                run.put("skipped", skipped);
                run.put("score", score);
                historyRuns.add(run);
            }
            return null;
        });
        // Train and evaluate on the vectors just made, even when an older embedder version left others in the store.
        String embedderId = step(ctx, "embed (pixels)", () -> {
            try (PixelEmbedder embedder = new PixelEmbedder()) {
                for (DemoLayout.ProjectPaths p : layout.projects()) {
                    EmbedReport r = new EmbedPipeline(ctx.store(), ctx.home()).run(p.id(), embedder,
                            Runtime.getRuntime().availableProcessors(), ctx.progress(), StopSignal.never());
                    o.say(String.format("  %-7s %4d images: %d decoded, %d cached, %d failed; %d change maps",
                            p.id(), r.images(), r.decoded(), r.cached(), r.failed(), r.changeMapsComputed() + r.changeMapsReused()));
                }
                return embedder.id();
            }
        });
        LearnSettings settings = LearnSettings.defaults();
        List<String> ids = layout.projects().stream().map(DemoLayout.ProjectPaths::id).toList();
        step(ctx, "train (ranker, anomaly, crop)", () -> {
            TrainReport r = new Trainer(ctx.home(), settings).train(ctx.store(), ids, embedderId, List.of(ModelKind.values()), ctx.progress());
            for (ModelMetadata m : r.models()) o.say(String.format("  %-8s %-4s %s", m.kind(), m.version(), m.headlineText()));
            r.notes().forEach(n -> o.say("  skipped: " + n));
            return null;
        });
        EvalOutput eval = step(ctx, "evaluate (leave one project out)", () -> {
            EvalOutput r = new Evaluator(ctx.home(), settings).evaluate(ctx.store(), ids, Holdout.PROJECT, embedderId, ctx.progress());
            EvalTable.lines(r.result()).forEach(line -> o.say("  " + line));
            o.say("  report: " + r.html());
            return r;
        });
        step(ctx, "predict", () -> {
            for (String id : ids) {
                PredictReport r = new Predictor(ctx.store(), ctx.home()).predict(id, null, ctx.progress());
                o.say(String.format(Locale.ROOT, "  %-7s %d sets predicted, %d picks below the highest stage, %d flagged",
                        id, r.predicted(), r.lowerStagePicks(), r.flagged()));
            }
            return null;
        });
        double seconds = total.seconds();
        o.say(String.format(Locale.ROOT, "demo pipeline finished in %.1f s", seconds));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("demoDir", dir.toString());
        result.put("steps", steps);
        result.put("history", historyRuns);
        result.put("seconds", seconds);
        result.put("evalReport", eval.html().toString());
        if (noReview) {
            o.result(result);
            return OK;
        }
        String first = layout.projects().get(0).id();
        new Reviewer(ctx.store()).serveUntilStopped(first, Reviewer.Options.defaults().withPort(port), server -> {
            o.say("");
            o.say("Reviewer for demo project " + first + " (other projects: winnow review " + layout.projects().get(1).id() + " ...):");
            o.say("  " + server.url());
            o.say("Ctrl-C stops it.");
            result.put("reviewUrl", server.url().toString());
            o.result(result);
        });
        return OK;
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /**
     * Freshly generated demo data (a new generator version or seed) under project ids the store already knows would
     * mix the old data's decisions with the new data's, and every number after that would be wrong: stop instead.
     */
    private static void refuseMixedDemoData(CommandContext ctx, DemoLayout layout) {
        if (!layout.freshlyGenerated()) return;
        ProjectRepository projects = new ProjectRepository(ctx.store());
        List<String> known = layout.projects().stream().map(DemoLayout.ProjectPaths::id)
                .filter(id -> projects.find(id).isPresent()).toList();
        if (!known.isEmpty()) {
            throw new IllegalArgumentException("this home already holds demo projects " + known + " made from older demo "
                    + "data (another generator version or seed); the data was generated anew and the two would mix. Run "
                    + "the demo in a fresh home (winnow --home DIR demo) or move " + ctx.home().resolve("winnow.db")
                    + " away first.");
        }
    }

    private <T> T step(CommandContext ctx, String name, Step<T> body) throws Exception {
        ctx.out().say("== " + name);
        Stopwatch clock = Stopwatch.start();
        T value = body.run();
        double s = clock.seconds();
        ctx.out().say(String.format(Locale.ROOT, "   (%.1f s)", s));
        steps.add(Map.of("step", name, "seconds", s));
        return value;
    }
}
