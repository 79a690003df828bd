package dev.winnow.learn;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import java.util.Arrays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    @Test
    void plattScalingRecoversAKnownLogisticCurve() {
        SplittableRandom rnd = new SplittableRandom(1);
        int n = 20_000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextDouble(-3, 3);
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-(2 * s[i] - 1)));
        }
        Calibration c = Calibration.platt(s, y);
        assertThat(c.slope()).isCloseTo(2, within(0.15));
        assertThat(c.intercept()).isCloseTo(-1, within(0.12));
        assertThat(c.apply(0.5)).isCloseTo(0.5, within(0.03));
    }

    @Test
    void isotonicCalibrationHoldsOnFreshDataFromANonLogisticDistribution() {
        SplittableRandom rnd = new SplittableRandom(2);
        Sample train = Sample.squared(rnd, 20_000);
        Calibration c = Calibration.isotonic(train.s(), train.y());
        Sample fresh = Sample.squared(rnd, 20_000);
        double[] p = new double[fresh.s().length];
        for (int i = 0; i < p.length; i++) p[i] = c.apply(fresh.s()[i]);
        assertThat(BinaryMetrics.calibrationError(p, fresh.y())).isLessThan(0.02);
        assertThat(BinaryMetrics.calibrationError(fresh.s(), fresh.y())).as("uncalibrated scores are off").isGreaterThan(0.1);
        for (int i = 1; i < c.values().length; i++) assertThat(c.values()[i]).isGreaterThanOrEqualTo(c.values()[i - 1]);
    }

    /** Scores uniform on [0, 1] with P(y | s) = s^2: the calibrated probability of s is s^2, not s. */
    private record Sample(double[] s, boolean[] y) {
        static Sample squared(SplittableRandom rnd, int n) {
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                s[i] = rnd.nextDouble();
                y[i] = rnd.nextDouble() < s[i] * s[i];
            }
            return new Sample(s, y);
        }
    }

    @Test
    void fitChoosesPlattForFewMinorityExamplesAndIsotonicForMany() {
        double[] s = {0.1, 0.2, 0.3, 0.9};
        boolean[] y = {false, false, true, true};
        assertThat(Calibration.fit(s, y).method()).isEqualTo("platt");
        SplittableRandom rnd = new SplittableRandom(3);
        double[] big = new double[1000];
        boolean[] by = new boolean[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = rnd.nextDouble();
            by[i] = rnd.nextDouble() < big[i];
        }
        assertThat(Calibration.fit(big, by).method()).isEqualTo("isotonic");
    }

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
