package dev.winnow.learn.eval;

import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.SyntheticSteps;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.anomaly.AnomalyTrainer;
import dev.winnow.learn.anomaly.StepTable;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.fit.Trained;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.rank.RankerModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticLearningTest {
    private static final LearnSettings ONE_THREAD = new LearnSettings(5, 1);

    private static Dataset planted() {
        return new SyntheticSteps(21).attach(new SyntheticSets(16, 4, 21).generate(List.of(
                new SyntheticSets.ProjectSpec("a", 260, 0.05), new SyntheticSets.ProjectSpec("b", 220, 0.1),
                new SyntheticSets.ProjectSpec("c", 220, 0.4))));
    }

    @Test
    void leaveOneProjectOutBeatsEveryBaselineWhenThereIsSignal() {
        EvalResult r = new Evaluation(ONE_THREAD).run(planted(), Holdout.PROJECT, ProgressReporter.silent());
        assertThat(r.pick().top1().model()).isGreaterThan(r.pick().top1().baselines().get(PickMetrics.HIGHEST) + 0.05);
        assertThat(r.pick().top1Anomaly().model()).isGreaterThan(0.5);
        assertThat(r.pick().top1Normal().model()).isGreaterThan(0.95);
        assertThat(r.anomaly().prAuc().model()).isGreaterThan(2 * r.anomaly().prAuc().baselines().get(AnomalyMetrics.BASE_RATE));
        assertThat(r.crop().meanIou().model()).isGreaterThan(r.crop().meanIou().baselines().get(CropMetrics.BUCKET));
        // The prior of each held-out project is estimated without its labels, and lands near the truth.
        r.anomaly().perProject().values().forEach(p -> assertThat(Math.abs(p.prior() - p.baseRate())).isLessThan(0.1));
    }

    @Test
    void withoutSignalNothingBeatsChanceSoNoLabelLeaksIntoTheHeldOutSide() {
        Dataset d = planted();
        Random rnd = new Random(9);
        List<SetExample> shuffled = new ArrayList<>();
        for (SetExample s : d.sets()) {
            shuffled.add(new SetExample(s.projectId(), s.setId(), s.members(), rnd.nextInt(s.size()), s.crop()));
        }
        // The painted artifacts stay where the true labels put them; only the labels the models see are shuffled.
        Dataset noise = d.withSets(shuffled);
        EvalResult r = new Evaluation(ONE_THREAD).run(noise, Holdout.PROJECT, ProgressReporter.silent());
        assertThat(r.pick().top1().model()).isLessThan(r.pick().top1().baselines().get(PickMetrics.RANDOM) + 0.08);
        assertThat(r.anomaly().prAuc().model()).isLessThan(r.anomaly().prAuc().baselines().get(AnomalyMetrics.BASE_RATE) + 0.08);
    }

    @Test
    void trainingIsDeterministicForASeed() {
        List<SetExample> sets = planted().sets().subList(0, 200);
        FeatureSchema schema = planted().schema();
        TreeParams p = TreeParams.ranker(ONE_THREAD);
        List<double[]> first = RankerModel.fit(sets, schema, p).scores(sets);
        List<double[]> second = RankerModel.fit(sets, schema, TreeParams.ranker(new LearnSettings(5, 2))).scores(sets);
        for (int i = 0; i < first.size(); i++) assertThat(second.get(i)).containsExactly(first.get(i));
    }

    @Test
    void aProjectHoldingEveryAnomalyIsStillScoredOutOfFold() {
        Dataset d = new SyntheticSteps(31).attach(new SyntheticSets(8, 0, 31).generate(List.of(
                new SyntheticSets.ProjectSpec("clean1", 60, 0), new SyntheticSets.ProjectSpec("clean2", 60, 0),
                new SyntheticSets.ProjectSpec("broken", 80, 0.4))));
        StepTable table = AnomalyTrainer.expectations(d.allStageSets(), d.evidence(), ONE_THREAD);
        Trained<AnomalyModel, AnomalyOutcome> t = new AnomalyTrainer(ONE_THREAD)
                .train(d.sets(), List.of(), d.schema(), table, () -> { });
        // The inner fold that holds out "broken" trains on no real break at all, yet still scores it: the detector
        // learns breaks from the defects planted into the clean projects' steps.
        assertThat(t.outOfFold()).extracting(AnomalyOutcome::projectId).contains("clean1", "clean2", "broken").hasSize(200);
        List<AnomalyOutcome> broken = t.outOfFold().stream().filter(o -> o.projectId().equals("broken")).toList();
        double[] p = broken.stream().mapToDouble(AnomalyOutcome::probability).toArray();
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < y.length; i++) y[i] = broken.get(i).anomaly();
        double rate = broken.stream().filter(AnomalyOutcome::anomaly).count() / (double) broken.size();
        assertThat(BinaryMetrics.averagePrecision(p, y)).isGreaterThan(rate + 0.3);
        assertThat(t.model().trainPrior()).isBetween(0.1, 0.25);
    }

    /**
     * The policy on held-out projects at both ends of the anomaly rates a curator meets: in a 2% project almost every
     * normal set keeps its highest stage (a detector tuned to a high rate would flag many), in a 50% project most
     * broken sets get the lower stage. Each project's rate is estimated without its labels.
     */
    @Test
    void policyHoldsOnHeldOutProjectsAtTwoAndFiftyPercent() {
        Dataset d = new SyntheticSteps(41).attach(new SyntheticSets(16, 4, 41).generate(List.of(
                new SyntheticSets.ProjectSpec("rare", 400, 0.02), new SyntheticSets.ProjectSpec("mid", 260, 0.15),
                new SyntheticSets.ProjectSpec("half", 240, 0.5))));
        EvalResult r = new Evaluation(ONE_THREAD).run(d, Holdout.PROJECT, ProgressReporter.silent());
        assertThat(rightShare(r, "rare", false)).isGreaterThan(0.97);
        assertThat(rightShare(r, "half", true)).isGreaterThan(0.6);
        assertThat(rightShare(r, "half", false)).isGreaterThan(0.85);
        assertThat(r.anomaly().perProject().get("rare").prior()).isLessThan(0.08);
        assertThat(r.anomaly().perProject().get("half").prior()).isGreaterThan(0.3);
    }

    /** Share of a held-out project's broken (or normal) sets whose pick was the curator's. */
    private static double rightShare(EvalResult r, String project, boolean broken) {
        List<Triage.HeldOutSet> sets = r.triage().sets().stream()
                .filter(s -> s.projectId().equals(project) && (s.chosen() != s.highest()) == broken).toList();
        return sets.stream().filter(s -> s.pick() == s.chosen()).count() / (double) sets.size();
    }
}
