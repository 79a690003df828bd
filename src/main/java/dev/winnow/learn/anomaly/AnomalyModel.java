package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.data.StepEvidenceSource;
import dev.winnow.learn.fit.Calibration;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Per set, the probability that a stage step broke something, so that the curator keeps the member below it; and
 * which step and where. Three layers: the expected residual of each step given its content
 * ({@link ExpectedResidual}), a step detector trained mostly on planted defects ({@link StepDetector}), and a
 * calibration of a set's most broken-looking step on out-of-fold sets of other projects. The calibrated
 * probability holds at the training base rate ({@code trainPrior}); {@link #atPrior} moves it to a project's
 * rate, which differs wildly between projects. {@code flagCut} is a cut on that probability at the project's rate,
 * chosen on out-of-fold sets (each at its own project's estimated rate) to catch {@link AnomalyTrainer#FLAG_RECALL}
 * of broken sets: the reviewer's "look here" flag, rarer in a project of rare breaks (see {@link FlagRule}). {@code blameAccuracy} is how often, out of fold, the blamed step was the one
 * just above the member the curator kept, given that the set was broken.
 */
public final class AnomalyModel {
    static final ModelKind KIND = ModelKind.ANOMALY;

    record State(FeatureSchema schema, List<String> features, Calibration calibration, double trainPrior,
                 double flagCut, ShiftGauge gauge, double blameAccuracy, double realWeight) {
    }

    private final State state;
    private final StepDetector detector;
    private final StepTable table;

    AnomalyModel(State state, StepDetector detector, StepTable table) {
        this.state = state;
        this.detector = detector;
        this.table = table;
        ModelChecks.sameFeatures(KIND, state.features(), StepFeatures.NAMES);
    }

    /** The same model reading the evidence of the sets it will judge from {@code source}. */
    public AnomalyModel reading(StepEvidenceSource source) {
        return new AnomalyModel(state, detector, new StepTable(table.expected(), source));
    }

    public FeatureSchema schema() {
        return state.schema();
    }

    public List<String> featureNames() {
        return StepFeatures.NAMES;
    }

    public double trainPrior() {
        return state.trainPrior();
    }

    public double blameAccuracy() {
        return state.blameAccuracy();
    }

    /**
     * Per set: the calibrated probability (NaN when the set has no step evidence), the step it blames and where.
     * Sets of one project share its base rate; see {@link #atPrior}.
     */
    public List<Judgement> judge(List<SetExample> sets) {
        table.load(sets);
        List<StepDetector.Score> scores = detector.score(sets, table);
        List<Judgement> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            SetExample s = sets.get(i);
            StepDetector.Score sc = scores.get(i);
            if (sc.step() < 0) {
                out.add(Judgement.NONE);
                continue;
            }
            List<StepTable.Step> steps = table.steps(s);
            StepTable.Step blamed = steps.get(sc.step());
            double p = state.calibration().apply(sc.probability());
            out.add(new Judgement(p, StepDetector.memberBelow(s, blamed), Blame.of(s, blamed), heat(s, steps)));
        }
        return out;
    }

    /** Every step's excess map over its upper member (steps whose upper stage is not in the set are left out). */
    private static List<StepHeat> heat(SetExample s, List<StepTable.Step> steps) {
        List<StepHeat> out = new ArrayList<>();
        for (StepTable.Step st : steps) {
            int upper = s.memberAt(st.upperStage());
            if (upper >= 0) out.add(new StepHeat(upper, st.cols(), st.rows(), st.blame()));
        }
        return out;
    }

    /** Calibrated probabilities under the training base rate (NaN for sets without step evidence). */
    public double[] pooled(List<SetExample> sets) {
        return judge(sets).stream().mapToDouble(Judgement::pooled).toArray();
    }

    /** Probabilities moved from the training base rate to the project's. */
    public double[] atPrior(double[] pooled, ProjectPrior prior) {
        double[] out = new double[pooled.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(pooled[i]) ? Double.NaN : PriorShift.adjust(pooled[i], state.trainPrior(), prior.value());
        }
        return out;
    }

    /** The project's base rate from the model's own probabilities on its sets (no labels), bounded and shrunk. */
    ProjectPrior estimatePrior(double[] pooled) {
        return ProjectPrior.estimated(pooled, state.trainPrior(), state.gauge());
    }

    /** The reviewer's "look here" flags for sets of one project (see {@link FlagRule}). */
    public boolean[] flags(double[] atPrior, double prior) {
        return new FlagRule(state.flagCut()).flags(atPrior, prior);
    }

    public void save(Path dir) {
        detector.save(dir);
        table.expected().save(dir);
        JsonFiles.write(dir.resolve(ModelChecks.STATE_FILE), state);
    }

    public static AnomalyModel load(Path dir) {
        return new AnomalyModel(JsonFiles.read(dir.resolve(ModelChecks.STATE_FILE), State.class), StepDetector.load(dir),
                new StepTable(ExpectedResidual.load(dir), StepEvidenceSource.NONE));
    }

    /**
     * One set judged: {@code pooled} is NaN when it has no step evidence; {@code keep} is the member below the blamed
     * step (what to keep if it broke), -1 when unknown; {@code heat} every step's excess map (the reviewer's heatmap).
     */
    public record Judgement(double pooled, int keep, Blame blame, List<StepHeat> heat) {
        static final Judgement NONE = new Judgement(Double.NaN, -1, null, List.of());
    }
}
