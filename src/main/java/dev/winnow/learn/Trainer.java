package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.ProjectRow;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Front door of training: builds the dataset from the store (or takes one in memory), trains the requested kinds,
 * and publishes each as a new version with its provenance and out-of-fold evaluation beside baselines.
 */
public final class Trainer {
    private final LearnSettings settings;
    private final ModelRegistry registry;

    public Trainer(Path home, LearnSettings settings) {
        this.settings = settings;
        this.registry = new ModelRegistry(home);
    }

    /** Trains on the store's labeled sets of the projects (all projects when none are given). */
    public TrainReport train(Store store, List<String> projectIds, String embedder, List<String> kinds,
                             ProgressReporter progress) {
        DatasetBuilder builder = new DatasetBuilder(store);
        List<String> ids = projectIds.isEmpty()
                ? new ProjectRepository(store).all().stream().map(ProjectRow::id).toList() : projectIds;
        if (ids.isEmpty()) throw new IllegalArgumentException("no projects yet: winnow project add ID DIR");
        return train(builder.labeled(ids, builder.embedder(embedder)), kinds, progress);
    }

    public TrainReport train(Dataset data, List<String> kinds, ProgressReporter progress) {
        for (String k : kinds) {
            if (!ModelRegistry.KINDS.contains(k)) throw new IllegalArgumentException("unknown model kind '" + k + "'");
        }
        if (data.sets().isEmpty()) {
            throw new IllegalArgumentException("no labeled sets to learn from in " + data.projectIds()
                    + " (left out: " + leftOut(data) + ")");
        }
        Stopwatch clock = Stopwatch.start();
        List<ModelMetadata> models = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ProgressReporter.Bar bar = progress.start("train", kinds.size())) {
            for (String kind : kinds) {
                bar.extra(kind);
                try {
                    models.add(trainOne(kind, data));
                } catch (IllegalArgumentException e) {
                    notes.add(kind + " not trained: " + e.getMessage());
                }
                bar.step();
            }
        }
        return new TrainReport(data.projects(), data.sets().size(), models, notes, clock.seconds());
    }

    private ModelMetadata trainOne(String kind, Dataset data) {
        FeatureSchema schema = data.schema();
        String split = Folds.inner(data.sets(), settings.seed()).size() + " inner folds ("
                + (Folds.byProject(data.sets()).size() >= Folds.MIN_PROJECTS_FOR_PROJECT_FOLDS ? "by project" : "by set") + ")";
        return switch (kind) {
            case RankerModel.KIND -> {
                RankerTrainer t = new RankerTrainer(settings);
                Trained<RankerModel, PickOutcome> r = t.train(data.sets(), schema);
                PickMetrics m = PickMetrics.of(r.outOfFold());
                yield publish(kind, data, split, r.model()::save, r.model().featureNames(), t.params(),
                        Headlines.of(m), Headlines.text(m), m, r.outOfFold().size());
            }
            case AnomalyModel.KIND -> {
                AnomalyTrainer t = new AnomalyTrainer(settings);
                Trained<AnomalyModel, AnomalyOutcome> r = t.train(data.sets(), schema);
                AnomalyMetrics m = AnomalyMetrics.of(r.outOfFold(), AnomalyTrainer.TARGET_PRECISION);
                yield publish(kind, data, split, r.model()::save, r.model().featureNames(), t.params(),
                        Headlines.of(m), Headlines.text(m), m, r.outOfFold().size());
            }
            default -> {
                CropTrainer t = new CropTrainer(settings);
                Trained<CropModel, CropOutcome> r = t.train(data.sets(), schema);
                CropMetrics m = CropMetrics.of(r.outOfFold());
                yield publish(kind, data, split, r.model()::save, r.model().featureNames(), t.params(),
                        Headlines.of(m), Headlines.text(m), m, r.outOfFold().size());
            }
        };
    }

    private ModelMetadata publish(String kind, Dataset data, String split, java.util.function.Consumer<Path> save,
                                  List<String> features, TreeParams params, java.util.Map<String, Double> headline,
                                  String headlineText, Object evaluation, int examples) {
        Provenance provenance = new Provenance(data.projectIds(), data.projects(), examples,
                "out-of-fold over " + split + "; calibration and thresholds fitted on these out-of-fold predictions",
                data.schema().embedderId(), settings.seed(), Environment.describe());
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return registry.publish(kind, save, version -> new ModelMetadata(kind, version, now, data.schema(), features,
                params, provenance, headline, headlineText, evaluation));
    }

    private static String leftOut(Dataset data) {
        List<String> parts = new ArrayList<>();
        for (ProjectStats p : data.projects()) parts.add(p.projectId() + " " + p.excluded());
        return String.join("; ", parts);
    }
}
