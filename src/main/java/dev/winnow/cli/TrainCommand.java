package dev.winnow.cli;

import dev.winnow.app.Winnow;
import dev.winnow.learn.TrainReport;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `winnow train [ID...] [--kind ...]`: train and version the ranker, anomaly detector and crop proposer. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the ranker, the anomaly detector and the crop proposer on the curator's decisions; each "
                + "becomes a new version under <home>/models/<kind>/ with its provenance and out-of-fold metrics beside baselines.",
        footer = {"", "Examples:", "  winnow train                      # all projects, all three models",
                "  winnow train mojo1 mojo2 --kind ranker", "  winnow --json train --kind crop --seed 7",
                "Sets with an unknown winner or missing features are counted and left out. Exit code 1: a model was skipped."})
final class TrainCommand extends WinnowSubcommand {
    @Mixin
    LearnData data;

    @Option(names = "--kind", defaultValue = "all", paramLabel = "KIND", description = "ranker, anomaly, crop, keep or all (default ${DEFAULT-VALUE}).")
    String kind;

    @Mixin
    LearnOptions learn;

    @Override
    int run(CommandContext ctx) {
        List<ModelKind> kinds = "all".equals(kind) ? List.of(ModelKind.values()) : List.of(ModelKind.of(kind));
        TrainReport r;
        // Two trainings at once would number the same model versions.
        try (Winnow.Held held = ctx.winnow().exclusive("train", "winnow train")) {
            r = ctx.winnow().train(learn.settings(), data.ids, data.embedder, kinds, ctx.progress());
        }
        for (ProjectStats p : r.projects()) {
            ctx.out().say(String.format(Locale.ROOT, "%s: %d sets, %d labeled (%d anomalies, %d with crop), %d conflicting, left out %s",
                    p.projectId(), p.sets(), p.labeled(), p.anomalies(), p.crops(), p.conflicts(),
                    p.excluded().isEmpty() ? "none" : p.excluded()));
        }
        for (ModelMetadata m : r.models()) {
            ctx.out().say(String.format("%-8s %-4s %s", m.kind(), m.version(), m.headlineText()));
        }
        r.notes().forEach(n -> ctx.out().say("skipped: " + n));
        ctx.out().say(String.format(Locale.ROOT, "trained %d of %d models on %d sets in %.1f s", r.models().size(),
                r.models().size() + r.skipped(), r.sets(), r.seconds()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projects", r.projects());
        json.put("sets", r.sets());
        json.put("models", r.models().stream().map(ModelsCommand::describe).toList());
        json.put("notes", r.notes());
        json.put("seconds", r.seconds());
        ctx.out().result(json);
        return r.notes().isEmpty() ? OK : PROBLEMS;
    }
}
