package dev.winnow.learn.fit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

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
}
