package dev.winnow.learn;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.learn.anomaly.PriorRule;
import dev.winnow.learn.anomaly.ProjectPrior;
import dev.winnow.learn.anomaly.StepHeat;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.learn.predict.ChangeEvidence;
import dev.winnow.learn.predict.ModelSuite;
import dev.winnow.learn.predict.SetPrediction;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.HeatRow;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front door of prediction: loads the current models (refusing any whose embedder or features differ from the
 * project's data), predicts every set with complete features and stores pick, confidence, anomaly probability,
 * crop and reason with the model versions. The project's anomaly prior is, in order: the user's, the project's
 * own labeled rate when it has enough decided sets, else estimated from the model's probabilities (no labels).
 */
public final class Predictor {
    private static final int BATCH = 2000;
    /** A proposed box this close to the whole image is stored as "no crop". */
    private static final double NO_CROP_WITHIN = 0.01;
    private final Store store;
    private final ModelRegistry registry;

    public Predictor(Store store, Path home) {
        this.store = store;
        this.registry = new ModelRegistry(home);
    }

    public PredictReport predict(String projectId, Double userPrior, ProgressReporter progress) {
        DatasetBuilder builder = new DatasetBuilder(store);
        LoadedModels models = new LoadedModels(registry, builder, projectId);
        List<String> notes = new ArrayList<>(models.notes);
        if (models.anomaly == null) {
            notes.add("without an anomaly detector the stored anomaly probability is 1 - the ranker's confidence when it "
                    + "keeps the highest stage, else its confidence");
        } else if (!models.anomalyMeta.provenance().projects().contains(projectId)) {
            // The expected-change layer learns each project's look from its pixels at train time (no labels read).
            notes.add("anomaly " + models.anomalyMeta.version() + " was trained before " + projectId + " was part of it: its "
                    + "expected-change layer never saw this project's pictures; run `winnow train` (after `winnow embed "
                    + projectId + "`) and predict again for the detector at its best");
        }
        return predict(projectId, models.suite(), new SinglePredictions(models.crop, models.keep), models.schema(),
                priorRule(builder, projectId, models, userPrior), versions(models), notes, progress);
    }

    /**
     * Predicts a project with models that never saw it (a leave-one-project-out fold's), as a new project would be
     * predicted: its anomaly prior is estimated without its labels, and the stored versions say which models these
     * were ({@code label}, e.g. "held out: trained without cobalt").
     */
    public PredictReport predictHeldOut(String projectId, ModelSuite suite, String label, ProgressReporter progress) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (ModelKind k : ModelKind.values()) versions.put(k.id(), label);
        return predict(projectId, suite, new SinglePredictions(suite.crop(), null), suite.schema(), PriorRule.ESTIMATE, versions,
                List.of("models trained without " + projectId + " (" + label + "); its prior estimated without its labels"),
                progress);
    }

    /**
     * Predicts the project's stage sets with {@code suite} (null: no ranker, e.g. a photo-only home) and its singles
     * with {@code singles}.
     */
    private PredictReport predict(String projectId, ModelSuite suite, SinglePredictions singles, FeatureSchema schema, PriorRule rule,
                                  Map<String, String> versions, List<String> notes, ProgressReporter progress) {
        Stopwatch clock = Stopwatch.start();
        DatasetBuilder builder = new DatasetBuilder(store);
        DatasetBuilder.ProjectExamples examples = builder.unlabeled(projectId, schema);
        List<SetExample> sets = suite == null ? List.of() : examples.sets();
        if (suite != null) {
            Map<Long, String> projectOf = new HashMap<>();
            for (SetExample s : sets) projectOf.put(s.setId(), projectId);
            suite = suite.reading(builder.evidence(projectOf));
        }
        if (suite == null && !examples.sets().isEmpty()) {
            notes = new ArrayList<>(notes);
            notes.add(examples.sets().size() + " stage sets not predicted: no ranker trained yet (`winnow train`)");
        }
        ProjectPrior prior = sets.isEmpty() ? null : suite.prior(sets, rule);
        List<PredictionRow> rows = new ArrayList<>();
        List<HeatRow> heat = new ArrayList<>();
        int lower = 0, flagged = 0;
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<SetPrediction> predictions = new ArrayList<>();
        try (ProgressReporter.Bar bar = progress.start("predict " + projectId, sets.size())) {
            for (int from = 0; from < sets.size(); from += BATCH) {
                List<SetExample> batch = sets.subList(from, Math.min(sets.size(), from + BATCH));
                predictions.addAll(suite.predict(batch, prior, true));
                bar.stepBy(batch.size());
            }
        }
        // Flags rank the whole project's sets, not one batch's.
        boolean[] flags = sets.isEmpty() ? new boolean[0] : suite.flags(predictions, prior);
        for (int i = 0; i < sets.size(); i++) {
            SetExample s = sets.get(i);
            SetPrediction p = predictions.get(i);
            if (p.pick() != s.highest()) lower++;
            if (flags[i]) flagged++;
            rows.add(row(s, p, flags[i], versions, now, examples.leftOut().get(s.setId())));
            for (StepHeat h : p.heat()) {
                heat.add(HeatRow.of(s.setId(), s.member(h.member()).fileId(), h.cols(), h.rows(), h.excess()));
            }
        }
        rows.addAll(singles.rows(examples.singles(), versions, now));
        new PredictionRepository(store).saveAll(rows, heat);
        return new PredictReport(projectId, rows.size(), examples.stats().excluded(), prior, versions, lower, flagged,
                notes, clock.seconds());
    }

    private static PriorRule priorRule(DatasetBuilder builder, String projectId, LoadedModels models, Double userPrior) {
        if (userPrior != null) return PriorRule.fixed(ProjectPrior.user(userPrior));
        ProjectStats own = builder.labeled(List.of(projectId), models.schema().embedderId()).projects().get(0);
        return PriorRule.reviewed(own.anomalies(), own.labeled());
    }

    private static PredictionRow row(SetExample s, SetPrediction p, boolean flagged, Map<String, String> versions,
                                     String now, List<String> undecodable) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) scores.put(s.member(i).fileId(), p.scores()[i]);
        double anomaly = Double.isNaN(p.anomalyProbability())
                ? (p.pick() == s.highest() ? 1 - p.confidence() : p.confidence()) : p.anomalyProbability();
        CropBox crop = proposedCrop(p.crop());
        ChangeEvidence e = p.evidence();
        String reason = undecodable == null ? p.reason()
                : p.reason() + "; not considered (the image failed to decode): " + String.join(", ", undecodable);
        return new PredictionRow(s.setId(), s.member(p.pick()).fileId(), p.confidence(), anomaly, crop, reason,
                versions.get(ModelKind.RANKER.id()), versions.get(ModelKind.ANOMALY.id()), versions.get(ModelKind.CROP.id()), scores, now,
                e == null ? null : s.member(e.member()).fileId(), e == null ? null : e.region(),
                Double.isNaN(p.anomalyProbability()) ? null : flagged);
    }

    /** A proposed box, or null when it keeps (near enough) the whole image. */
    static CropBox proposedCrop(CropBox box) {
        return box == null || box.isNearFull(NO_CROP_WITHIN) ? null : box;
    }

    private static Map<String, String> versions(LoadedModels m) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(ModelKind.RANKER.id(), m.rankerMeta == null ? null : m.rankerMeta.version());
        v.put(ModelKind.ANOMALY.id(), m.anomalyMeta == null ? null : m.anomalyMeta.version());
        v.put(ModelKind.CROP.id(), m.cropMeta == null ? null : m.cropMeta.version());
        v.put(ModelKind.KEEP.id(), m.keepMeta == null ? null : m.keepMeta.version());
        return v;
    }
}
