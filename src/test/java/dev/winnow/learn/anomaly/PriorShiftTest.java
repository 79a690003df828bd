package dev.winnow.learn.anomaly;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriorShiftTest {
    @Test
    void priorShiftEstimatesAnUnlabeledProjectsBaseRateWithoutItsLabels() {
        SplittableRandom rnd = new SplittableRandom(4);
        double trainPrior = 0.1, targetPrior = 0.4;
        int n = 20_000;
        double[] pooled = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            boolean pos = rnd.nextDouble() < targetPrior;
            if (pos) positives++;
            double x = rnd.nextGaussian() + (pos ? 1 : -1);
            // The exact posterior under the training prior for unit Gaussians at +1 and -1: log-odds 2x + logit(prior).
            pooled[i] = 1 / (1 + Math.exp(-(2 * x + Math.log(trainPrior / (1 - trainPrior)))));
        }
        double estimate = PriorShift.estimate(pooled, trainPrior);
        assertThat(estimate).isCloseTo((double) positives / n, within(0.02));
        double[] shifted = new double[n];
        for (int i = 0; i < n; i++) shifted[i] = PriorShift.adjust(pooled[i], trainPrior, estimate);
        double mean = Arrays.stream(shifted).average().orElseThrow();
        assertThat(mean).isCloseTo(estimate, within(0.005));
        assertThat(PriorShift.adjust(0.3, 0.2, 0.2)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void shiftGaugeRecoversAnUnlabeledProjectsRateFromItsFlaggedShareAndIsNotDraggedToOneWhenScoresRunHigh() {
        SplittableRandom rnd = new SplittableRandom(5);
        double trainPrior = 0.1;
        // Training folds: unit Gaussians at +1 (anomaly) and -1, exact posteriors under the training prior.
        int n = 20_000;
        double[] oof = new double[n];
        boolean[] truth = new boolean[n];
        for (int i = 0; i < n; i++) {
            truth[i] = rnd.nextDouble() < trainPrior;
            oof[i] = posterior(rnd.nextGaussian() + (truth[i] ? 1 : -1), trainPrior);
        }
        ShiftGauge gauge = ShiftGauge.fit(oof, truth);
        assertThat(gauge.usable()).isTrue();
        assertThat(gauge.tpr() - gauge.fpr()).isGreaterThan(0.6);

        double[] project = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            boolean pos = rnd.nextDouble() < 0.4;
            if (pos) positives++;
            project[i] = posterior(rnd.nextGaussian() + (pos ? 1 : -1), trainPrior);
        }
        assertThat(gauge.estimate(project)).isCloseTo((double) positives / n, within(0.02));

        // A project whose normal sets merely score higher (covariate shift: their scores moved by +0.8) and whose
        // true rate is 50%: EM's fixed point runs far above it, the gauge's estimate stays below EM's.
        double[] shiftedScores = new double[n];
        for (int i = 0; i < n; i++) {
            boolean pos = rnd.nextDouble() < 0.5;
            shiftedScores[i] = posterior(rnd.nextGaussian() + (pos ? 1 : -0.2), trainPrior);
        }
        double em = PriorShift.estimate(shiftedScores, trainPrior);
        double gauged = gauge.estimate(shiftedScores);
        assertThat(gauged).isLessThan(em);
        assertThat(Math.abs(gauged - 0.5)).isLessThan(Math.abs(em - 0.5));
        assertThat(ShiftGauge.fit(new double[] {0.2, 0.4}, new boolean[] {false, false}).usable()).isFalse();
    }

    private static double posterior(double x, double prior) {
        return 1 / (1 + Math.exp(-(2 * x + Math.log(prior / (1 - prior)))));
    }
}
