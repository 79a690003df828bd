package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Project;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.anomaly.FittedExpectations;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.Evaluation;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.eval.RealLogEvaluation;
import dev.winnow.learn.eval.RealLogResult;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.report.HtmlReport;
import dev.winnow.learn.report.ReportFolder;
import dev.winnow.learn.report.StoreThumbnails;
import dev.winnow.learn.report.Thumbnails;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Front door of `winnow eval`: dataset from the store, {@link Evaluation}, then report.json and report.html. */
public final class Evaluator {
    private final Path home;
    private final LearnSettings settings;
    private final FittedExpectations expectations;

    public Evaluator(Path home, LearnSettings settings) {
        this(home, settings, FittedExpectations.NONE);
    }

    /** With the expected-residual layers of this run shared (see {@link FittedExpectations}). */
    public Evaluator(Path home, LearnSettings settings, FittedExpectations expectations) {
        this.home = home;
        this.settings = settings;
        this.expectations = expectations;
    }

    public EvalOutput evaluate(Store store, List<String> projectIds, Holdout holdout, String embedder,
                               ProgressReporter progress) {
        return evaluate(store, projectIds, holdout, embedder, progress, Evaluation.FoldModels.NONE);
    }

    /** The same, telling {@code foldModels} each fold's models and the projects they held out. */
    public EvalOutput evaluate(Store store, List<String> projectIds, Holdout holdout, String embedder,
                               ProgressReporter progress, Evaluation.FoldModels foldModels) {
        DatasetBuilder builder = new DatasetBuilder(store);
        List<String> ids = projectIds.isEmpty()
                ? new ProjectRepository(store).all().stream().map(Project::id).toList() : projectIds;
        Dataset data = builder.labeled(ids, builder.embedder(embedder));
        if (data.sets().isEmpty()) throw new IllegalArgumentException("no labeled sets to evaluate in " + ids);
        EvalResult result = new Evaluation(settings, expectations).run(data, holdout, progress, foldModels);
        return write(result, new StoreThumbnails(store, home));
    }

    /** Writes the report of an evaluation (also of in-memory data) under the home's reports folder. */
    public EvalOutput write(EvalResult result, Thumbnails thumbnails) {
        Path dir = ReportFolder.create(home, "eval-" + (result.holdout().startsWith("leave") ? "project" : "kfold"));
        Path json = dir.resolve("report.json"), html = dir.resolve("report.html");
        JsonFiles.write(json, result);
        try {
            Files.writeString(html, new HtmlReport(result, thumbnails).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html, e);
        }
        return new EvalOutput(result, json, html);
    }

    /** The metadata-only crop check on a folder of real logs; its report.json goes under the reports folder. */
    public RealLogOutput realLogs(Path dir, ProgressReporter progress) {
        RealLogResult result = new RealLogEvaluation(settings).run(dir, progress);
        Path json = ReportFolder.create(home, "real-logs").resolve("report.json");
        JsonFiles.write(json, result);
        return new RealLogOutput(result, json);
    }

    /** A real-log check and where its report was written. */
    public record RealLogOutput(RealLogResult result, Path json) {
    }
}
