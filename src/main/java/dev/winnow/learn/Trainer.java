package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.domain.Project;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.anomaly.AnomalyTrainer;
import dev.winnow.learn.anomaly.FittedExpectations;
import dev.winnow.learn.anomaly.StepTable;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.crop.CropOutcome;
import dev.winnow.learn.crop.CropTrainer;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.eval.AnomalyMetrics;
import dev.winnow.learn.eval.CropMetrics;
import dev.winnow.learn.eval.Headlines;
import dev.winnow.learn.eval.KeepMetrics;
import dev.winnow.learn.eval.PickMetrics;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.keep.KeepModel;
import dev.winnow.learn.keep.KeepOutcome;
import dev.winnow.learn.keep.KeepTrainer;
import dev.winnow.learn.model.DataFingerprint;
import dev.winnow.learn.model.Environment;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.learn.model.Provenance;
import dev.winnow.learn.rank.PickOutcome;
import dev.winnow.learn.rank.RankerModel;
import dev.winnow.learn.rank.RankerTrainer;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Front door of training: builds the dataset from the store (or takes one in memory), trains the requested kinds,
 * and publishes each as a new version with its provenance and out-of-fold evaluation beside baselines.
 */
public final class Trainer {
    private final LearnSettings settings;
    private final ModelRegistry registry;
    private final FittedExpectations expectations;

    public Trainer(Path home, LearnSettings settings) {
        this(home, settings, FittedExpectations.NONE);
    }

    /** With the expected-residual layers of this run shared (see {@link FittedExpectations}). */
    public Trainer(Path home, LearnSettings settings, FittedExpectations expectations) {
        this.settings = settings;
        this.registry = new ModelRegistry(home);
        this.expectations = expectations;
    }

    /** Trains on the store's labeled sets of the projects (all projects when none are given). */
    public TrainReport train(Store store, List<String> projectIds, String embedder, List<ModelKind> kinds,
                             ProgressReporter progress) {
        DatasetBuilder builder = new DatasetBuilder(store);
        List<String> ids = projectIds.isEmpty()
                ? new ProjectRepository(store).all().stream().map(Project::id).toList() : projectIds;
        if (ids.isEmpty()) throw new IllegalArgumentException("no projects yet: winnow project add ID DIR");
        return train(builder.labeled(ids, builder.embedder(embedder)), kinds, progress);
    }

    public TrainReport train(Dataset data, List<ModelKind> kinds, ProgressReporter progress) {
        if (data.sets().isEmpty() && data.decidedSingles().isEmpty()) {
            throw new IllegalArgumentException("no labeled sets to learn from in " + data.projectIds()
                    + " (left out: " + leftOut(data) + ")");
        }
        Stopwatch clock = Stopwatch.start();
        List<ModelMetadata> models = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!data.singles().isEmpty()) {
            notes.add(data.singles().size() + " labeled singles (sets of one, " + CropModel.withCrop(data.singles()).size()
                    + " with a known crop) join the crop proposer's examples; the ranker and the anomaly detector skip them");
        }
        if (!data.decidedSingles().isEmpty()) {
            notes.add(data.singles().size() + " kept and " + data.rejectedSingles().size()
                    + " rejected singles are the keep model's examples");
        }
        List<ModelKind> toTrain = applicable(kinds, data);
        long fits = 0;
        for (ModelKind kind : toTrain) fits += fits(kind, data);
        try (ProgressReporter.Bar bar = progress.start("train", fits)) {
            for (ModelKind kind : toTrain) {
                bar.extra(kind.id());
                try {
                    models.add(trainOne(kind, data, bar::step));
                } catch (IllegalArgumentException e) {
                    notes.add(kind + TrainReport.NOT_TRAINED + e.getMessage());
                }
            }
        }
        return new TrainReport(data.projects(), data.sets().size(), models, notes, clock.seconds());
    }

    /**
     * The kinds to train: asked for several (`--kind all`), the keep model is left out without a word when no single
     * was ever decided — a home of stage sets only has nothing for it to learn, and that is no skipped model. Asked
     * for alone, it says why it was not trained.
     */
    private static List<ModelKind> applicable(List<ModelKind> kinds, Dataset data) {
        if (kinds.size() < 2 || !data.decidedSingles().isEmpty()) return kinds;
        return kinds.stream().filter(k -> k != ModelKind.KEEP).toList();
    }

    /** Model fits a kind needs: one per inner fold and the final one. */
    private long fits(ModelKind kind, Dataset data) {
        List<SetExample> sets = setsFor(kind, data);
        if (sets.isEmpty()) return 0;
        return kind == ModelKind.ANOMALY ? AnomalyTrainer.fits(sets) : Folds.inner(sets, settings.seed()).size() + 1L;
    }

    /**
     * The crop proposer learns from sets with a known crop, singles included; the ranker and the anomaly detector
     * from stage sets of two or more (a set of one has nothing to rank and no higher stage to doubt); the keep
     * model from singles only, kept and rejected.
     */
    private static List<SetExample> setsFor(ModelKind kind, Dataset data) {
        return switch (kind) {
            case CROP -> CropModel.withCrop(data.setsAndSingles());
            case KEEP -> data.decidedSingles();
            default -> data.sets();
        };
    }

    /** The out-of-fold evaluation of a trained model: headline numbers, their line, the full metrics. */
    private record OwnEvaluation(Map<String, Double> headline, String text, Object metrics, int examples) {
    }

    private ModelMetadata trainOne(ModelKind kind, Dataset data, Runnable fitted) {
        FeatureSchema schema = data.schema();
        if ((kind == ModelKind.RANKER || kind == ModelKind.ANOMALY) && data.sets().isEmpty()) {
            throw new IllegalArgumentException("no labeled stage sets of two or more pictures (only singles)");
        }
        return switch (kind) {
            case RANKER -> {
                RankerTrainer t = new RankerTrainer(settings);
                Trained<RankerModel, PickOutcome> r = t.train(data.sets(), schema, fitted);
                PickMetrics m = PickMetrics.of(r.outOfFold());
                yield publish(kind, data, r.model()::save, r.model().featureNames(), t.params(),
                        new OwnEvaluation(Headlines.of(m), Headlines.text(m), m, r.outOfFold().size()));
            }
            case ANOMALY -> {
                AnomalyTrainer t = new AnomalyTrainer(settings);
                // The expected-change layer learns from every stage set's pixels, decided or not (it reads no label).
                StepTable table = AnomalyTrainer.expectations(data.allStageSets(), data.evidence(), settings,
                        expectations);
                Trained<AnomalyModel, AnomalyOutcome> r = t.train(data.sets(), data.unlabeled(), schema, table, fitted);
                AnomalyMetrics m = AnomalyMetrics.of(r.outOfFold(), AnomalyTrainer.TARGET_PRECISION);
                yield publish(kind, data, r.model()::save, r.model().featureNames(), t.params(),
                        new OwnEvaluation(Headlines.of(m), Headlines.text(m), m, r.outOfFold().size()));
            }
            case CROP -> {
                CropTrainer t = new CropTrainer(settings);
                Trained<CropModel, CropOutcome> r = t.train(setsFor(kind, data), schema, fitted);
                CropMetrics m = CropMetrics.of(r.outOfFold());
                yield publish(kind, data, r.model()::save, r.model().featureNames(), t.params(),
                        new OwnEvaluation(Headlines.of(m), Headlines.text(m) + "; answers with " + r.model().mode(), m,
                                r.outOfFold().size()));
            }
            case KEEP -> {
                KeepTrainer t = new KeepTrainer(settings);
                Trained<KeepModel, KeepOutcome> r = t.train(setsFor(kind, data), schema, fitted);
                KeepMetrics m = KeepMetrics.of(r.outOfFold());
                yield publish(kind, data, r.model()::save, r.model().featureNames(), t.params(),
                        new OwnEvaluation(Headlines.of(m), Headlines.text(m), m, r.outOfFold().size()));
            }
        };
    }

    private ModelMetadata publish(ModelKind kind, Dataset data, Consumer<Path> save, List<String> features,
                                  TreeParams params, OwnEvaluation own) {
        List<SetExample> sets = setsFor(kind, data);
        String split = Folds.inner(sets, settings.seed()).size() + " inner folds ("
                + (Folds.byProject(sets).size() >= Folds.MIN_PROJECTS_FOR_PROJECT_FOLDS ? "by project" : "by set") + ")";
        Provenance provenance = new Provenance(data.projectIds(), data.projects(), own.examples(),
                DataFingerprint.of(sets, data.schema()), "out-of-fold over " + split + "; calibration and thresholds fitted on these out-of-fold predictions",
                data.schema().embedderId(), settings.seed(), Environment.describe());
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return registry.publish(kind, save, version -> new ModelMetadata(kind, version, now, data.schema(), features,
                params, provenance, own.headline(), own.text(), own.metrics()));
    }

    private static String leftOut(Dataset data) {
        List<String> parts = new ArrayList<>();
        for (ProjectStats p : data.projects()) parts.add(p.projectId() + " " + p.excluded());
        return String.join("; ", parts);
    }
}
