package dev.winnow.learn.eval;

import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.anomaly.AnomalyTrainer;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
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
        return new SyntheticSets(16, 4, 21).generate(List.of(new SyntheticSets.ProjectSpec("a", 260, 0.05),
                new SyntheticSets.ProjectSpec("b", 220, 0.1), new SyntheticSets.ProjectSpec("c", 220, 0.4)));
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
        Dataset noise = new Dataset(d.schema(), shuffled, d.projects());
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
    void anomalyDetectorStillTrainsWhenOneProjectHoldsEveryAnomaly() {
        Dataset d = new SyntheticSets(8, 0, 31).generate(List.of(new SyntheticSets.ProjectSpec("clean1", 60, 0),
                new SyntheticSets.ProjectSpec("clean2", 60, 0), new SyntheticSets.ProjectSpec("broken", 80, 0.4)));
        Trained<AnomalyModel, AnomalyOutcome> t = new AnomalyTrainer(ONE_THREAD).train(d.sets(), d.schema(), () -> { });
        // The inner fold that holds out "broken" leaves nothing to learn from and is skipped; the others calibrate.
        assertThat(t.outOfFold()).extracting(AnomalyOutcome::projectId).contains("clean1", "clean2").doesNotContain("broken")
                .hasSize(120);
        assertThat(t.model().trainPrior()).isBetween(0.1, 0.25);
    }
}
