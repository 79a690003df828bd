package dev.winnow.cli;

import dev.winnow.learn.TrainBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/** `winnow bench train`: seconds to train all three models on synthetic sets. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train ranker, anomaly detector and crop proposer (inner folds, calibration, final fit, save) on "
                + "synthetic stage sets in a temporary folder, and report the seconds.",
        footer = {"", "Example:", "  winnow bench train --sets 20000", "Target: all three models on 20,000 sets in < 60 s."})
final class BenchTrainCommand extends WinnowSubcommand {
    @Option(names = "--sets", defaultValue = "20000", paramLabel = "N", description = "Synthetic sets (default ${DEFAULT-VALUE}).")
    int sets;

    @Option(names = "--dim", defaultValue = "125", paramLabel = "N", description = "Embedding length (default ${DEFAULT-VALUE}, as the pixel embedder).")
    int dim;

    @Option(names = "--noise-features", defaultValue = "72", paramLabel = "N",
            description = "Uninformative change features added to the 3 informative ones (default ${DEFAULT-VALUE}, ~ the real schema's width).")
    int noise;

    @Mixin
    LearnOptions learn;

    @Override
    int run(CommandContext ctx) {
        TrainBenchmark.Result r = new TrainBenchmark().run(sets, dim, noise, learn.settings(), ctx.progress());
        ctx.out().say(String.format(Locale.ROOT, "bench train: %,d synthetic sets, %d-dim embeddings, %d change features, %d threads "
                + "(data generated in %.1f s)", r.sets(), r.embeddingDim(), r.changeFeatures(), r.threads(), r.generateSeconds()));
        r.secondsByKind().forEach((k, s) -> ctx.out().say(String.format(Locale.ROOT, "  %-8s %6.1f s   %s", k, s,
                r.headlines().getOrDefault(k, ""))));
        ctx.out().say(String.format(Locale.ROOT, "  total    %6.1f s (target < 60 s)", r.totalSeconds()));
        ctx.out().result(r);
        return OK;
    }
}
