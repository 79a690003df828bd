package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.anomaly.AnomalyTrainer;
import dev.winnow.learn.anomaly.FittedExpectations;
import dev.winnow.learn.anomaly.PriorRule;
import dev.winnow.learn.anomaly.ProjectPrior;
import dev.winnow.learn.anomaly.StepTable;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.crop.CropOutcome;
import dev.winnow.learn.crop.CropTrainer;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Fold;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.keep.KeepOutcome;
import dev.winnow.learn.keep.KeepTrainer;
import dev.winnow.learn.model.Environment;
import dev.winnow.learn.predict.ChangeEvidence;
import dev.winnow.learn.predict.ModelSuite;
import dev.winnow.learn.predict.SetPrediction;
import dev.winnow.learn.rank.PickOutcome;
import dev.winnow.learn.rank.RankerModel;
import dev.winnow.learn.rank.RankerTrainer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges every model on held-out data (the keep model on held-out singles, split the same way). For each fold the models are trained (with their own inner folds for
 * calibration and thresholds) on the training side only; the held-out side contributes nothing — not to the
 * trees, the calibration, the threshold, nor the anomaly prior, which for a held-out project is estimated from
 * the model's probabilities on its sets without their labels.
 */
public final class Evaluation {
    static final int K = 5;
    static final int EXAMPLES = 12;
    /** How every note about the keep model's evaluation begins. */
    public static final String KEEP_NOT_EVALUATED = "keep model not evaluated";
    /** Progress is per fold here, not per inner fit. */
    private static final Runnable NOTHING = () -> { };
    private final LearnSettings settings;
    private final FittedExpectations expectations;

    public Evaluation(LearnSettings settings) {
        this(settings, FittedExpectations.NONE);
    }

    public Evaluation(LearnSettings settings, FittedExpectations expectations) {
        this.settings = settings;
        this.expectations = expectations;
    }

    /**
     * Told the models of each fold with the projects it held out: with leave-one-project-out, a project's fold models
     * are exactly what a new project would be predicted with (the demo's reviewer uses them so).
     */
    @FunctionalInterface
    public interface FoldModels {
        FoldModels NONE = (heldOut, suite) -> { };

        void trained(List<String> heldOutProjects, ModelSuite suite);
    }

    public EvalResult run(Dataset data, Holdout holdout, ProgressReporter progress) {
        return run(data, holdout, progress, FoldModels.NONE);
    }

    public EvalResult run(Dataset data, Holdout holdout, ProgressReporter progress, FoldModels foldModels) {
        Stopwatch clock = Stopwatch.start();
        List<Fold> folds = holdout == Holdout.PROJECT ? Folds.leaveOneProjectOut(data.sets())
                : Folds.withinProjects(data.sets(), K, settings.seed());
        List<PickOutcome> picks = new ArrayList<>();
        List<PickOutcome> rankerAlone = new ArrayList<>();
        List<AnomalyOutcome> anomalies = new ArrayList<>();
        List<CropOutcome> crops = new ArrayList<>();
        List<FoldInfo> infos = new ArrayList<>();
        List<Triage.HeldOutSet> heldOut = new ArrayList<>();
        List<Replay.ProjectReplay> replays = new ArrayList<>();
        StepTable steps = stepTable(data);
        try (ProgressReporter.Bar bar = progress.start("eval (" + holdout.label() + ")", folds.size())) {
            for (Fold f : folds) {
                bar.extra(f.name());
                List<String> notes = new ArrayList<>();
                RankerModel ranker = new RankerTrainer(settings).train(f.train(), data.schema(), NOTHING).model();
                AnomalyModel anomaly = anomalyModel(f, data, steps, notes);
                ModelSuite suite = new ModelSuite(ranker, anomaly, null);
                // A held-out project's anomaly rate is estimated without its labels; within a project the
                // training folds' rate is the project's own, known from its other sets.
                PriorRule rule = holdout == Holdout.PROJECT ? PriorRule.ESTIMATE : PriorRule.TRAINING;
                for (List<SetExample> project : Folds.byProject(f.test()).values()) {
                    ProjectPrior prior = suite.prior(project, rule);
                    List<SetPrediction> predictions = suite.predict(project, prior, true);
                    rankerAlone.addAll(RankerTrainer.outcomes(ranker, project));
                    if (anomaly != null && holdout == Holdout.PROJECT) replays.add(replay(suite, project, predictions, prior));
                    for (int i = 0; i < project.size(); i++) {
                        SetExample s = project.get(i);
                        SetPrediction p = predictions.get(i);
                        picks.add(new PickOutcome(s.projectId(), s.setId(), s.stages(), s.chosen(), p.scores(), p.pick(),
                                p.confidence()));
                        heldOut.add(heldOut(s, p));
                        if (anomaly != null) {
                            anomalies.add(new AnomalyOutcome(s.projectId(), s.setId(), s.anomaly(),
                                    p.anomalyProbability(), p.flagged(), prior.value(), prior.source(),
                                    AnomalyOutcome.topStep(s)));
                        }
                    }
                }
                CropModel crop = cropModel(f, data.schema(), notes);
                if (crop != null) crops.addAll(CropTrainer.outcomes(crop, f.test()));
                foldModels.trained(projects(f.test()), new ModelSuite(ranker, anomaly, crop));
                infos.add(new FoldInfo(f.name(), projects(f.train()), f.train().size(), projects(f.test()),
                        f.test().size(), notes));
                bar.step();
            }
        }
        List<String> notes = new ArrayList<>();
        if (anomalies.isEmpty()) notes.add("anomaly detector not evaluated: no fold had both kinds of set to train on");
        if (crops.isEmpty()) notes.add("crop proposer not evaluated: no held-out set has a known crop");
        List<KeepOutcome> keeps = keepOutcomes(data, holdout, notes);
        return new EvalResult(holdout.label(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), clock.seconds(),
                settings.seed(), data.schema(), data.projects(), infos, PickMetrics.of(picks), PickMetrics.of(rankerAlone),
                AutoAcceptCurve.of(picks), Triage.of(heldOut), replays.isEmpty() ? null : new Replay(replays),
                anomalies.isEmpty() ? null : AnomalyMetrics.of(anomalies, AnomalyTrainer.TARGET_PRECISION),
                crops.isEmpty() ? null : CropMetrics.of(crops), keeps.isEmpty() ? null : KeepMetrics.of(keeps), misses(data, picks, crops), notes, Environment.describe());
    }

    /**
     * The keep model on decided singles held out as the stage sets are (by project, or k folds by set inside each
     * project), trained on each fold's other singles only; empty when there are none, with a note when there are
     * but no fold can be judged.
     */
    private List<KeepOutcome> keepOutcomes(Dataset data, Holdout holdout, List<String> notes) {
        List<SetExample> decided = data.decidedSingles();
        List<KeepOutcome> out = new ArrayList<>();
        // Stage sets only: nothing for the keep model to be judged on, and nothing went wrong (the report says so).
        if (decided.isEmpty()) return out;
        if (holdout == Holdout.PROJECT && Folds.byProject(decided).size() < 2) {
            notes.add(KEEP_NOT_EVALUATED + ": leave-one-project-out needs decided singles in 2 projects (use --holdout kfold)");
            return out;
        }
        List<Fold> folds = holdout == Holdout.PROJECT ? Folds.leaveOneProjectOut(decided)
                : Folds.withinProjects(decided, K, settings.seed());
        List<String> failed = new ArrayList<>();
        String why = null;
        for (Fold f : folds) {
            try {
                out.addAll(KeepTrainer.outcomes(new KeepTrainer(settings).train(f.train(), data.schema(), NOTHING).model(),
                        f.test()));
            } catch (IllegalArgumentException e) {
                failed.add(f.name());
                why = e.getMessage();
            }
        }
        if (!failed.isEmpty()) {
            notes.add(KEEP_NOT_EVALUATED + " on " + failed.size() + " of " + folds.size() + " folds " + failed
                    + " (e.g. " + why + ")");
        }
        return out;
    }

    /**
     * The expected-change layer of the anomaly detector, shared by every fold: it is fitted on the pixels of every
     * stage set, the held-out projects' included (never their labels), exactly as `winnow train` fits it on every
     * embedded project before one is predicted. Null without step evidence.
     */
    private StepTable stepTable(Dataset data) {
        try {
            return AnomalyTrainer.expectations(data.allStageSets(), data.evidence(), settings, expectations);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The detector for a fold, or null (with a note) when its training side lacks one kind of set. */
    private AnomalyModel anomalyModel(Fold f, Dataset data, StepTable steps, List<String> notes) {
        if (steps == null) {
            notes.add("anomaly detector skipped, pick = ranker alone: no step evidence (run `winnow embed`)");
            return null;
        }
        Set<String> trainProjects = new HashSet<>(projects(f.train()));
        List<SetExample> unlabeled = data.unlabeled().stream().filter(s -> trainProjects.contains(s.projectId())).toList();
        try {
            return new AnomalyTrainer(settings).train(f.train(), unlabeled, data.schema(), steps, NOTHING).model();
        } catch (IllegalArgumentException e) {
            notes.add("anomaly detector skipped, pick = ranker alone: " + e.getMessage());
            return null;
        }
    }

    private static Triage.HeldOutSet heldOut(SetExample s, SetPrediction p) {
        ChangeEvidence e = p.evidence();
        return new Triage.HeldOutSet(s.projectId(), s.setId(), s.members().stream().map(Member::name).toList(), s.chosen(),
                s.highest(), p.pick(), p.confidence(), p.anomalyProbability(), p.flagged(),
                e == null ? null : e.member(), e == null ? null : e.region());
    }

    /**
     * The project's first sets (scan order) reviewed: picks on the rest with the rate those reviews measured,
     * against the picks already made with the estimate.
     */
    private static Replay.ProjectReplay replay(ModelSuite suite, List<SetExample> project, List<SetPrediction> before,
                                               ProjectPrior prior) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < project.size(); i++) order.add(i);
        order.sort(Comparator.comparingLong(i -> project.get(i).setId()));
        int r = Replay.reveal(project.size());
        int anomalies = 0;
        for (int k = 0; k < r; k++) if (project.get(order.get(k)).anomaly()) anomalies++;
        List<Integer> rest = order.subList(r, order.size());
        List<SetExample> remaining = rest.stream().map(project::get).toList();
        ProjectPrior after = ProjectPrior.reviewed(prior, anomalies, r);
        List<SetPrediction> again = suite.predict(remaining, after, false);
        List<Integer> pickBefore = rest.stream().map(i -> before.get(i).pick()).toList();
        List<Integer> pickAfter = again.stream().map(SetPrediction::pick).toList();
        List<Integer> highest = remaining.stream().map(SetExample::highest).toList();
        return new Replay.ProjectReplay(project.get(0).projectId(), r, remaining.size(),
                (int) remaining.stream().filter(SetExample::anomaly).count(), prior.value(), after.value(),
                counts(remaining, pickBefore), counts(remaining, pickAfter), counts(remaining, highest));
    }

    private static Replay.Counts counts(List<SetExample> sets, List<Integer> picks) {
        int right = 0, normal = 0, broken = 0;
        for (int i = 0; i < sets.size(); i++) {
            SetExample s = sets.get(i);
            if (picks.get(i) != s.chosen()) continue;
            right++;
            if (s.anomaly()) broken++;
            else normal++;
        }
        return new Replay.Counts(right, normal, broken);
    }

    /** The fold's crop proposer, or null (with a note) when its training side knows no crop. */
    private CropModel cropModel(Fold f, FeatureSchema schema, List<String> notes) {
        if (CropModel.withCrop(f.train()).isEmpty()) {
            notes.add("crop proposer skipped: no training set with a known crop");
            return null;
        }
        CropModel model = new CropTrainer(settings).train(f.train(), schema, NOTHING).model();
        if (!model.mode().learned()) {
            notes.add("crop proposer answers with " + model.mode() + ": its learned models did no better on the training side's inner folds");
        }
        return model;
    }

    private static List<String> projects(List<SetExample> sets) {
        return sets.stream().map(SetExample::projectId).distinct().sorted().toList();
    }

    private static Misses misses(Dataset data, List<PickOutcome> picks, List<CropOutcome> crops) {
        Map<Long, SetExample> byId = new HashMap<>();
        for (SetExample s : data.sets()) byId.put(s.setId(), s);
        List<Misses.PickMiss> pickMisses = PickMetrics.misses(picks).stream()
                .sorted(Comparator.comparingDouble(PickOutcome::confidence).reversed())
                .limit(EXAMPLES)
                .map(o -> {
                    SetExample s = byId.get(o.setId());
                    return new Misses.PickMiss(o.projectId(), o.setId(), s.members().stream().map(Member::fileId).toList(),
                            s.members().stream().map(Member::name).toList(), o.stages(),
                            s.members().stream().mapToDouble(Member::aspect).toArray(), o.chosen(), o.pick(),
                            o.scores(), o.confidence());
                }).toList();
        List<Misses.CropMiss> cropMisses = crops.stream()
                .sorted(Comparator.comparingDouble((CropOutcome o) -> o.predicted().iou(o.truth())))
                .limit(EXAMPLES)
                .map(o -> {
                    SetExample s = byId.get(o.setId());
                    Member m = s.member(s.chosen());
                    CropBox p = o.predicted();
                    return new Misses.CropMiss(o.projectId(), o.setId(), m.fileId(), m.name(), m.aspect(), o.truth(), p,
                            p.iou(o.truth()));
                }).toList();
        return new Misses(pickMisses, cropMisses);
    }
}
