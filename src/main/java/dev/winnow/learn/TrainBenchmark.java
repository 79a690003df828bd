package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.model.Folders;
import dev.winnow.learn.model.ModelKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `winnow bench train`: generates synthetic sets (three projects with different anomaly rates, their step evidence
 * painted and mapped as embed maps real members; generation is timed apart) and times training
 * of each model kind exactly as `winnow train` does it — inner folds, calibration, final fit, saving — into a
 * temporary home that is deleted afterwards.
 */
public final class TrainBenchmark {
    /** Seconds per kind, in training order, plus the data generation time and the headlines reached. */
    public record Result(int sets, int embeddingDim, int changeFeatures, int threads, double generateSeconds,
                         Map<String, Double> secondsByKind, double totalSeconds, Map<String, String> headlines) {
    }

    public Result run(int sets, int embeddingDim, int noiseChangeFeatures, LearnSettings settings, ProgressReporter progress) {
        if (sets < 30) throw new IllegalArgumentException("bench train needs at least 30 sets, got " + sets);
        Stopwatch gen = Stopwatch.start();
        Dataset data = new SyntheticSteps(settings.seed()).attach(
                new SyntheticSets(embeddingDim, noiseChangeFeatures, settings.seed()).generate(List.of(
                        new SyntheticSets.ProjectSpec("bench-a", sets / 2, 0.02),
                        new SyntheticSets.ProjectSpec("bench-b", sets / 4, 0.06),
                        new SyntheticSets.ProjectSpec("bench-c", sets - sets / 2 - sets / 4, 0.35))));
        double generateSeconds = gen.seconds();
        Path home = temporaryHome();
        try {
            Trainer trainer = new Trainer(home, settings);
            Map<String, Double> seconds = new LinkedHashMap<>();
            Map<String, String> headlines = new LinkedHashMap<>();
            Stopwatch total = Stopwatch.start();
            for (ModelKind kind : ModelKind.values()) {
                Stopwatch one = Stopwatch.start();
                TrainReport r = trainer.train(data, List.of(kind), progress);
                seconds.put(kind.id(), one.seconds());
                r.models().forEach(m -> headlines.put(kind.id(), m.headlineText()));
                r.notes().forEach(n -> headlines.put(kind.id(), n));
            }
            return new Result(data.sets().size(), embeddingDim, data.schema().changeNames().size(), settings.threads(),
                    generateSeconds, seconds, total.seconds(), headlines);
        } finally {
            Folders.deleteTree(home);
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("winnow-bench-train-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }
}
