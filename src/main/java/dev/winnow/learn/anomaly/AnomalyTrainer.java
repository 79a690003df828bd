package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Fold;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.data.StepEvidenceSource;
import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trains the anomaly detector: the step detector for each candidate weight of real breaks, scored out of fold on
 * projects its fold never saw; the weight whose out-of-fold sets rank best; a calibration, a flag cut and a shift
 * gauge from those same out-of-fold sets; then the final detector on every set. The expected-residual layer is
 * fitted once per run ({@link #expectations}) and shared, since it reads no labels.
 */
public final class AnomalyTrainer {
    /** Precision at which the evaluation reports recall (a fixed reporting point, beside the baselines). */
    public static final double TARGET_PRECISION = 0.9;
    /** Share of broken sets the reviewer's flag should hold on out-of-fold sets. */
    static final double FLAG_RECALL = 0.9;
    /**
     * Weights of real breaks beside planted ones, tried on inner folds. Research on held-out projects: planted only
     * was best on both benchmarks (demo 0.85 vs 0.84 PR-AUC, photo set 0.96 vs 0.94), but a user's own breaks may
     * differ from every planted family; the inner folds decide per training run.
     */
    static final double[] REAL_WEIGHTS = {0, 1};
    /** Without planted defects (the ablation) real breaks are all there is. */
    private static final double[] REAL_ONLY = {1};
    /**
     * Sets whose planted defects one detector learns from, at most: 3,000 sets give ~20,000 step rows, plenty for
     * ~140 features; more only slows training (the benchmark trains on 20,000 sets).
     */
    static final int MAX_SYNTHETIC_SETS = 3000;

    private final LearnSettings settings;
    private final TreeParams params;

    public AnomalyTrainer(LearnSettings settings) {
        this.settings = settings;
        this.params = TreeParams.stepDetector(settings);
    }

    public TreeParams params() {
        return params;
    }

    /**
     * The expected-residual layer fitted on the clean steps of {@code sets} (every set a run knows, labelled or not:
     * no label is read), with their step rows computed.
     */
    public static StepTable expectations(List<SetExample> sets, StepEvidenceSource source, LearnSettings settings) {
        return expectations(sets, source, settings, FittedExpectations.NONE);
    }

    /** The same, reusing a layer {@code fitted} already holds for exactly these sets. */
    public static StepTable expectations(List<SetExample> sets, StepEvidenceSource source, LearnSettings settings,
                                         FittedExpectations fitted) {
        List<Long> ids = sets.stream().map(SetExample::setId).toList();
        StepTable table = new StepTable(fitted.fit(source, ids, TreeParams.expectation(settings)), source);
        table.load(sets);
        return table;
    }

    /** Out-of-fold scores of one candidate weight, in the order of {@code order}. */
    private record OutOfFold(double realWeight, List<SetExample> order, double[] scores, int[] blamedKeep, double ap) {
    }

    /**
     * {@code sets}: the decided sets to learn from; {@code unlabelled}: undecided sets of the same projects (their
     * steps only carry planted defects). {@code fitted} runs after each detector fit, for progress.
     */
    public Trained<AnomalyModel, AnomalyOutcome> train(List<SetExample> sets, List<SetExample> unlabelled,
                                                       FeatureSchema schema, StepTable table, Runnable fitted) {
        List<SetExample> usable = withEvidence(sets, table);
        long anomalies = usable.stream().filter(SetExample::anomaly).count();
        if (anomalies == 0 || anomalies == usable.size()) {
            throw new IllegalArgumentException("the anomaly detector needs both kinds of set with step evidence, got "
                    + anomalies + " anomalies in " + usable.size() + " sets");
        }
        List<SetExample> extra = sample(withEvidence(unlabelled, table));
        List<Fold> folds = Folds.innerAcrossProjects(usable, settings.seed());
        OutOfFold best = null;
        for (double w : settings.plantedDefects() ? REAL_WEIGHTS : REAL_ONLY) {
            OutOfFold o = outOfFold(folds, extra, table, w, fitted);
            if (best == null || o.ap() > best.ap() + 1e-9) best = o;
        }
        int n = best.order().size();
        boolean[] truth = new boolean[n];
        for (int i = 0; i < n; i++) truth[i] = best.order().get(i).anomaly();
        Calibration calibration = Calibration.fit(best.scores(), truth);
        double[] calibrated = new double[n];
        for (int i = 0; i < n; i++) calibrated[i] = calibration.apply(best.scores()[i]);
        ShiftGauge gauge = ShiftGauge.fit(calibrated, truth);
        double trainPrior = (double) anomalies / usable.size();
        int blamedRight = 0, broken = 0;
        for (int i = 0; i < n; i++) {
            SetExample s = best.order().get(i);
            if (!s.anomaly()) continue;
            broken++;
            if (best.blamedKeep()[i] == s.chosen()) blamedRight++;
        }
        double blameAccuracy = (blamedRight + 1.0) / (broken + 2.0);
        List<AnomalyOutcome> atOwnRate = outcomes(best, calibrated, trainPrior, gauge);
        double flagCut = cutForRecall(atOwnRate.stream().mapToDouble(AnomalyOutcome::probability).toArray(),
                toArray(atOwnRate.stream().map(AnomalyOutcome::anomaly).toList()), FLAG_RECALL);
        List<AnomalyOutcome> oof = flagged(atOwnRate, new FlagRule(flagCut));
        StepDetector detector = StepDetector.fit(sample(usable), extra, table, best.realWeight(), settings.plantedDefects(), params);
        fitted.run();
        AnomalyModel.State state = new AnomalyModel.State(schema, StepFeatures.NAMES, calibration, trainPrior, flagCut,
                gauge, blameAccuracy, best.realWeight());
        return new Trained<>(new AnomalyModel(state, detector, table), oof);
    }

    /** Detector fits each candidate weight needs: one per inner fold, and the final one. */
    public static long fits(List<SetExample> sets) {
        return (long) REAL_WEIGHTS.length * Math.max(1, Folds.byProject(sets).size()) + 1;
    }

    private OutOfFold outOfFold(List<Fold> folds, List<SetExample> extra, StepTable table, double w, Runnable fitted) {
        List<SetExample> order = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (Fold f : folds) {
            Set<String> trainProjects = new HashSet<>();
            f.train().forEach(s -> trainProjects.add(s.projectId()));
            List<SetExample> foldExtra = extra.stream().filter(s -> trainProjects.contains(s.projectId())).toList();
            StepDetector d;
            try {
                d = StepDetector.fit(sample(f.train()), foldExtra, table, w, settings.plantedDefects(), params);
            } catch (IllegalArgumentException e) {
                fitted.run();
                continue;
            }
            List<StepDetector.Score> sc = d.score(f.test(), table);
            for (int i = 0; i < sc.size(); i++) {
                SetExample s = f.test().get(i);
                order.add(s);
                scores.add(sc.get(i).probability());
                List<StepTable.Step> steps = table.steps(s);
                keep.add(StepDetector.memberBelow(s, steps.get(sc.get(i).step())));
            }
            fitted.run();
        }
        if (order.isEmpty()) throw new IllegalArgumentException("no inner fold could train a step detector");
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[s.length];
        for (int i = 0; i < y.length; i++) y[i] = order.get(i).anomaly();
        return new OutOfFold(w, order, s, keep.stream().mapToInt(Integer::intValue).toArray(),
                BinaryMetrics.averagePrecision(s, y));
    }

    /**
     * Each out-of-fold set moved to the rate estimated (without labels) for its own project, as a new project is
     * at prediction time: what the model's own report shows, and what the flag cut is chosen on (so a project of
     * rare breaks gets few flags). Not flagged yet.
     */
    private static List<AnomalyOutcome> outcomes(OutOfFold o, double[] calibrated, double trainPrior, ShiftGauge gauge) {
        // Positions in o.order() by project, in one pass (a search per set was quadratic in the sets).
        Map<String, List<Integer>> byProject = new LinkedHashMap<>();
        for (int i = 0; i < o.order().size(); i++) {
            byProject.computeIfAbsent(o.order().get(i).projectId(), k -> new ArrayList<>()).add(i);
        }
        List<AnomalyOutcome> out = new ArrayList<>();
        for (List<Integer> project : byProject.values()) {
            double[] pooled = new double[project.size()];
            for (int i = 0; i < pooled.length; i++) pooled[i] = calibrated[project.get(i)];
            ProjectPrior prior = ProjectPrior.estimated(pooled, trainPrior, gauge);
            for (int i = 0; i < pooled.length; i++) {
                SetExample s = o.order().get(project.get(i));
                out.add(new AnomalyOutcome(s.projectId(), s.setId(), s.anomaly(),
                        PriorShift.adjust(pooled[i], trainPrior, prior.value()), false, prior.value(),
                        prior.source(), AnomalyOutcome.topStep(s)));
            }
        }
        return out;
    }

    /** The highest cut whose share of broken sets at or above it is at least {@code recall}. */
    static double cutForRecall(double[] p, boolean[] truth, double recall) {
        double[] broken = new double[p.length];
        int k = 0;
        for (int i = 0; i < p.length; i++) if (truth[i]) broken[k++] = p[i];
        if (k == 0) return 1;
        double[] b = Arrays.copyOf(broken, k);
        Arrays.sort(b);
        int missAllowed = (int) Math.floor((1 - recall) * k);
        return b[missAllowed];
    }

    /** The outcomes flagged as the reviewer would see them, project by project at its own estimated rate. */
    private static List<AnomalyOutcome> flagged(List<AnomalyOutcome> outcomes, FlagRule rule) {
        List<AnomalyOutcome> out = new ArrayList<>();
        for (List<AnomalyOutcome> project : outcomes.stream()
                .collect(Collectors.groupingBy(AnomalyOutcome::projectId, LinkedHashMap::new, Collectors.toList())).values()) {
            boolean[] f = rule.flags(project.stream().mapToDouble(AnomalyOutcome::probability).toArray(), project.get(0).prior());
            for (int i = 0; i < f.length; i++) {
                AnomalyOutcome o = project.get(i);
                out.add(new AnomalyOutcome(o.projectId(), o.setId(), o.anomaly(), o.probability(), f[i], o.prior(),
                        o.priorSource(), o.topStep()));
            }
        }
        return out;
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }

    private static List<SetExample> withEvidence(List<SetExample> sets, StepTable table) {
        table.load(sets);
        return sets.stream().filter(s -> !table.steps(s).isEmpty()).toList();
    }

    /** At most {@link #MAX_SYNTHETIC_SETS}, drawn evenly (a fixed stride keeps it deterministic). */
    private static List<SetExample> sample(List<SetExample> sets) {
        if (sets.size() <= MAX_SYNTHETIC_SETS) return sets;
        List<SetExample> out = new ArrayList<>();
        double stride = (double) sets.size() / MAX_SYNTHETIC_SETS;
        for (int i = 0; i < MAX_SYNTHETIC_SETS; i++) out.add(sets.get((int) (i * stride)));
        return out;
    }
}
