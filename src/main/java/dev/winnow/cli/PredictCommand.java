package dev.winnow.cli;

import dev.winnow.learn.PredictReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;

/** `winnow predict ID`: store pick, confidence, anomaly probability, crop and reason per set for the reviewer. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict every stage set of a project with the current models and store the results for the reviewer. "
                + "Models trained on another embedder or feature schema are refused.",
        footer = {"", "Examples:", "  winnow predict mojo3", "  winnow predict mojo4 --anomaly-prior 0.3   # you know ~30%% of its top stages break",
                "Anomaly prior: --anomaly-prior, else the project's own rate when it has 50+ decided sets, else estimated",
                "from the models' probabilities on its sets (no labels)."})
final class PredictCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;

    @Option(names = "--anomaly-prior", paramLabel = "P", description = "Share of sets where the highest stage is the wrong pick, if you know it.")
    Double prior;

    @Override
    int run(CommandContext ctx) {
        PredictReport r = ctx.winnow().predictor().predict(id, prior, ctx.progress());
        ctx.out().say(String.format(Locale.ROOT, "%s: %d sets predicted with %s", r.projectId(), r.predicted(), r.versions()));
        if (r.prior() != null) {
            ctx.out().say(String.format(Locale.ROOT, "  anomaly prior %.1f%% (%s)", 100 * r.prior().value(), r.prior().source()));
        }
        ctx.out().say(String.format(Locale.ROOT, "  %d picks below the highest stage, %d sets flagged for a close look",
                r.lowerStagePicks(), r.flagged()));
        if (!r.skipped().isEmpty()) ctx.out().say("  skipped: " + r.skipped());
        r.notes().forEach(n -> ctx.out().say("  note: " + n));
        int skipped = r.skipped().values().stream().mapToInt(Integer::intValue).sum();
        ctx.out().say(String.format(Locale.ROOT, "  done %d, skipped %d, failed 0, %.1f s", r.predicted(), skipped, r.seconds()));
        ctx.out().result(r);
        return skipped == 0 ? OK : PROBLEMS;
    }
}
