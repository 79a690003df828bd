package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.crop.CropOutcome;
import dev.winnow.learn.fit.BinaryMetrics;
import dev.winnow.learn.rank.PickOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    @Test
    void averagePrecisionAndRecallAtPrecisionFollowTheirDefinitions() {
        double[] p = {0.9, 0.8, 0.7, 0.6, 0.5};
        boolean[] y = {true, false, true, false, false};
        // Positives at ranks 1 and 3: AP = (1/2)*1 + (1/2)*(2/3).
        assertThat(BinaryMetrics.averagePrecision(p, y)).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
        assertThat(BinaryMetrics.recallAtPrecision(p, y, 0.9)).isEqualTo(0.5);
        assertThat(BinaryMetrics.recallAtPrecision(p, y, 0.6)).isEqualTo(1.0);
        assertThat(BinaryMetrics.thresholdForPrecision(p, y, 0.6)).isEqualTo(0.7);
        assertThat(BinaryMetrics.thresholdForPrecision(p, y, 1.01)).isInfinite();
        double[] constant = BinaryMetrics.constant(5, 0.3);
        assertThat(BinaryMetrics.averagePrecision(constant, y)).as("no skill = base rate").isEqualTo(0.4);
    }

    @Test
    void anomalyMetricsAreAlsoSplitByTheSetsLastStageStep() {
        List<AnomalyOutcome> o = List.of(
                outcome(1, true, 0.9, true, "1.5→2"), outcome(2, false, 0.2, false, "1.5→2"),
                outcome(3, true, 0.1, false, "1.5→2"), outcome(4, true, 0.8, true, "2→3"),
                outcome(5, false, 0.3, false, "2→3"), outcome(6, false, 0.4, false, "1→1.5"));
        AnomalyMetrics m = AnomalyMetrics.of(o, 0.9);
        assertThat(m.perTopStep()).containsOnlyKeys("1.5→2", "2→3", "1→1.5");
        AnomalyMetrics.StepAnomaly upscale = m.perTopStep().get("1.5→2");
        assertThat(upscale.sets()).isEqualTo(3);
        assertThat(upscale.anomalies()).isEqualTo(2);
        assertThat(upscale.flaggedAnomalies()).isEqualTo(1);
        // Ranked 0.9 (broken), 0.2, 0.1 (broken): AP = (1/2)*1 + (1/2)*(2/3).
        assertThat(upscale.prAuc()).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
        assertThat(m.perTopStep().get("2→3").prAuc()).isEqualTo(1.0);
        assertThat(m.perTopStep().get("1→1.5").prAuc()).as("no broken set: undefined").isNaN();
    }

    private static AnomalyOutcome outcome(long set, boolean anomaly, double p, boolean flagged, String step) {
        return new AnomalyOutcome("p", set, anomaly, p, flagged, 0.3, "test", step);
    }

    @Test
    void pickMetricsPutTheModelBesideHighestStageAndRandom() {
        List<PickOutcome> o = List.of(
                new PickOutcome("p", 1, new double[] {1, 2}, 1, new double[] {0, 1}, 1, 0.9),
                new PickOutcome("p", 2, new double[] {1, 2, 3}, 1, new double[] {0, 2, 1}, 1, 0.6),
                new PickOutcome("q", 3, new double[] {1, 3}, 0, new double[] {0, 1}, 1, 0.7));
        PickMetrics m = PickMetrics.of(o);
        assertThat(m.top1().model()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.top1().baselines().get(PickMetrics.HIGHEST)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.top1().baselines().get(PickMetrics.RANDOM)).isCloseTo((0.5 + 1.0 / 3 + 0.5) / 3, within(1e-12));
        assertThat(m.top1Anomaly().n()).isEqualTo(2);
        assertThat(m.top1Anomaly().model()).isEqualTo(0.5);
        assertThat(m.top1Anomaly().baselines().get(PickMetrics.HIGHEST)).isEqualTo(0.0);
        // Pairs (chosen vs other): set1 1 pair right; set2 2 pairs right; set3 1 pair wrong -> 3 of 4.
        assertThat(m.pairwise().model()).isEqualTo(0.75);
        assertThat(m.pairwise().baselines().get(PickMetrics.HIGHEST)).isEqualTo(0.5);
        assertThat(m.top1PerProject()).containsOnlyKeys("p", "q");
    }

    @Test
    void cropMetricsScoreTheProposalAndEveryConstantBaselineOnTheSameCrops() {
        CropBox truth = new CropBox(0.1, 0.0, 0.8, 0.7);
        CropBox near = new CropBox(0.12, 0.02, 0.82, 0.72);
        CropBox median = new CropBox(0.15, 0.0, 0.85, 0.7);
        CropMetrics m = CropMetrics.of(List.of(new CropOutcome("p", 1, 832, 1216, truth, near, median, CropBox.FULL)));
        assertThat(m.meanIou().model()).isCloseTo(near.iou(truth), within(1e-12));
        assertThat(m.meanIou().baselines().get(CropMetrics.FULL)).isCloseTo(0.49, within(1e-9));
        assertThat(m.meanIou().baselines().get(CropMetrics.BUCKET)).isCloseTo(median.iou(truth), within(1e-12));
        assertThat(m.shareWithin05().model()).isEqualTo(1.0);
        assertThat(m.shareWithin05().baselines().get(CropMetrics.FULL)).isEqualTo(0.0);
        assertThat(m.boundaryDisplacement().model()).isCloseTo(0.02, within(1e-12));
        assertThat(m.iouHistogram()[8]).isEqualTo(1);
    }
}
