package dev.winnow.learn.eval;

import dev.winnow.learn.rank.PickOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AutoAcceptCurveTest {
    private static final double[] STAGES = {1, 2, 3};

    /** chosen and pick are member indexes; 2 is the highest stage. */
    private static PickOutcome outcome(String project, int chosen, int pick, double confidence) {
        return new PickOutcome(project, 0, STAGES, chosen, new double[3], pick, confidence);
    }

    @Test
    void eachCutCountsTheSetsThatReachItAndTheAgreementOnThemBesideTheHighestStage() {
        List<PickOutcome> o = List.of(
                outcome("a", 2, 2, 0.99),   // right, highest
                outcome("a", 1, 1, 0.93),   // right, a lower stage the highest-stage baseline misses
                outcome("a", 1, 2, 0.91),   // wrong
                outcome("b", 2, 2, 0.60),
                outcome("b", 2, 1, 0.40));  // below every cut
        AutoAcceptCurve c = AutoAcceptCurve.of(o);
        AutoAcceptCurve.Point at90 = AutoAcceptCurve.at(c.overall(), 0.9);
        assertThat(at90.sets()).isEqualTo(5);
        assertThat(at90.accepted()).isEqualTo(3);
        assertThat(at90.share()).isCloseTo(0.6, within(1e-12));
        assertThat(at90.agreement()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(at90.highestStage()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(AutoAcceptCurve.at(c.overall(), 0.955).cut()).as("whole percents, the cut not above").isEqualTo(0.95);
        assertThat(AutoAcceptCurve.at(c.overall(), 0.95).accepted()).isEqualTo(1);
        assertThat(AutoAcceptCurve.at(c.overall(), 1.0).agreement()).as("nothing reaches 100%").isNull();
        assertThat(AutoAcceptCurve.at(c.byProject().get("b"), 0.5).accepted()).isEqualTo(1);
        assertThat(AutoAcceptCurve.at(c.byProject().get("a"), 0.5).share()).isEqualTo(1.0);
    }
}
