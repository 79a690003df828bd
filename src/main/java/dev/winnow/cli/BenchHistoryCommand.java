package dev.winnow.cli;

import dev.winnow.history.HistoryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow bench history`: recovery speed and accuracy on generated original/final pairs. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Generate original/final pairs with known truth in a temp folder (stage 2 and a near-identical stage 3,",
                "finals cropped/resized/re-encoded), run the recovery on one thread, report s/pair and accuracy."},
        footer = {"", "Example:", "  winnow bench history --pairs 20 --size 2048",
                "Target: < 0.5 s per pair for 2048 px originals on one core; accuracy = right winner and crop IoU >= 0.98."})
final class BenchHistoryCommand extends WinnowSubcommand {
    @Option(names = "--pairs", defaultValue = "20", paramLabel = "N", description = "Pairs to generate (default ${DEFAULT-VALUE}).")
    int pairs;
    @Option(names = "--size", defaultValue = "2048", paramLabel = "PX", description = "Long side of the originals (default ${DEFAULT-VALUE}).")
    int size;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    int run(CommandContext ctx) throws Exception {
        if (pairs < 1 || size < 64) throw new IllegalArgumentException("--pairs must be >= 1 and --size >= 64");
        HistoryBenchmark.Result r = new HistoryBenchmark().run(pairs, size, seed, ctx.progress());
        Output o = ctx.out();
        o.say(String.format("bench history: %d pairs, originals %d px long side (2 near-identical stages each), generated in %.1f s",
                r.pairs(), r.longSide(), r.generateSeconds()));
        o.say(String.format("  %.3f s/pair wall, %.3f s/pair CPU on one thread (target < 0.5 s)", r.secondsPerPair(), r.cpuSecondsPerPair()));
        o.say(String.format("  accuracy %.1f%% (%d/%d right winner and IoU >= %.2f); right winner %d/%d; mean IoU %.4f; %d needs review",
                100 * r.accuracy(), r.correct(), r.pairs(), HistoryBenchmark.IOU_NEEDED, r.rightWinner(), r.pairs(), r.meanIou(),
                r.needsReview()));
        o.say(String.format("  baseline \"keep the top stage, uncropped\": %.1f%% (%d/%d)", 100.0 * r.baselineCorrect() / r.pairs(),
                r.baselineCorrect(), r.pairs()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", r.pairs());
        m.put("longSide", r.longSide());
        m.put("secondsPerPair", r.secondsPerPair());
        m.put("cpuSecondsPerPair", r.cpuSecondsPerPair());
        m.put("accuracy", r.accuracy());
        m.put("rightWinner", r.rightWinner());
        m.put("meanIou", r.meanIou());
        m.put("needsReview", r.needsReview());
        m.put("baselineAccuracy", (double) r.baselineCorrect() / r.pairs());
        o.result(m);
        return OK;
    }
}
