package dev.winnow.learn.predict;

import dev.winnow.learn.data.Member;
import dev.winnow.learn.fit.Evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonWriterTest {
    private static final List<String> NAMES = List.of("down_max", "down_max_x", "down_max_y", "down_mean");
    private static final Member TOP = new Member(1, "x_stage3_enhanced.png", 3, 1664, 2432, new float[0],
            new double[] {0.41, 0.48, 0.22, 0.05});

    @Test
    void changeFeaturesOfTheHighestStageReadAsWordsWithTheirPlace() {
        Evidence e = new Evidence("chg_top_down_max", 0.41, 1.2);
        assertThat(ReasonWriter.describe(e) + ReasonWriter.place(e, TOP, NAMES))
                .isEqualTo("highest stage's down max 0.41 at 48%,22%");
        Evidence vsBelow = new Evidence("chg_top_down_max_vs_below", 0.2, 0.4);
        assertThat(ReasonWriter.describe(vsBelow) + ReasonWriter.place(vsBelow, TOP, NAMES))
                .isEqualTo("highest stage's down max +0.20 vs the stage below at 48%,22%");
    }

    @Test
    void featuresWithoutALocationGetNoPlace() {
        Evidence e = new Evidence("chg_top_down_mean", 0.05, 0.3);
        assertThat(ReasonWriter.place(e, TOP, NAMES)).isEmpty();
        assertThat(ReasonWriter.describe(new Evidence("emb_top_vs_below_artifact", 1.5, 0.2)))
                .isEqualTo("embedding moved +1.50 along the learned artifact direction");
        assertThat(ReasonWriter.describe(new Evidence("stage_gap", 1, 0.2))).isEqualTo("stage gap 1.00");
    }

    @Test
    void evidenceTakesTheStrongestPushInTheAskedDirection() {
        List<String> names = List.of("a", "b", "c");
        float[] values = {1, 2, 3};
        float[] contributions = {0.5f, -2f, 1.5f, 0.1f};
        assertThat(Evidence.strongest(names, values, contributions, 1).feature()).isEqualTo("c");
        assertThat(Evidence.strongest(names, values, contributions, -1).feature()).isEqualTo("b");
        assertThat(Evidence.strongest(names, values, new float[] {0, 0, 0, 1}, 1)).isNull();
    }
}
