package dev.winnow.learn.predict;

import dev.winnow.imaging.ChangeFeatures;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonWriterTest {
    /** The change features a member can carry, in the order the members' change arrays follow. */
    private static final List<String> NAMES = List.of("down_blob", "down_mass_sx", "down_mass_sy", "down_mass_x",
            "down_mass_y", "down_max_x", "down_max_y");

    private static Member member(long id, double stage, int w, int h, double... change) {
        double[] v = new double[NAMES.size()];
        Arrays.fill(v, Double.NaN);
        System.arraycopy(change, 0, v, 0, change.length);
        return new Member(id, "m" + id, stage, w, h, new float[0], v);
    }

    /** Stage 1 → 1.5 swapped the face (around 0.66, 0.28); stage 3 changed a few tiles at (0.69, 0.31). */
    private static final SetExample SET = new SetExample("p", 1, List.of(
            member(1, 1, 832, 1216),
            member(2, 1.5, 832, 1216, 0.05, 0.05, 0.04, 0.66, 0.28, 0.66, 0.28),
            member(3, 2, 1664, 2432, 0.2, 0.25, 0.25, 0.5, 0.5, 0.1, 0.9),
            member(4, 3, 1664, 2432, 3.0 / 176, 0.1, 0.1, 0.68, 0.32, 0.69, 0.31)), SetExample.UNLABELED, null);

    @Test
    void aLowerPickBlamesTheStageAboveItWithWhatChangedAndWhere() {
        ChangeEvidence e = new StrongestChangeRegion(NAMES).of(SET, 2);
        assertThat(e.member()).isEqualTo(3);
        assertThat(e.fromStage()).isEqualTo(2);
        assertThat(e.toStage()).isEqualTo(3);
        assertThat(e.region().x1()).isLessThan(0.69);
        assertThat(e.region().x2()).isGreaterThan(0.69);
        assertThat(e.region().y1()).isLessThan(0.31);
        assertThat(e.region().y2()).isGreaterThan(0.31);
        assertThat(e.place()).isEqualTo("near the face");
        assertThat(ReasonWriter.sentence(SET, 2, e)).isEqualTo("stage 3 changed a small area near the face; kept stage 2");
    }

    @Test
    void keepingTheHighestStageNamesItsLargestChange() {
        ChangeEvidence e = new StrongestChangeRegion(NAMES).of(SET, 3);
        assertThat(e.member()).isEqualTo(3);
        assertThat(ReasonWriter.sentence(SET, 3, e)).isEqualTo("kept stage 3; its largest change from stage 2 is a small area near the face");
        ChangeEvidence lower = new StrongestChangeRegion(NAMES).of(SET, 1);
        assertThat(lower.member()).as("kept stage 1.5: stage 2 is blamed").isEqualTo(2);
        assertThat(lower.place()).isEqualTo("at the bottom left");
        assertThat(ReasonWriter.sentence(SET, 1, lower)).isEqualTo("stage 2 changed a large area at the bottom left; kept stage 1.5");
    }

    @Test
    void sentencesNameNoFeatureAndCarryNoProbability() {
        for (int pick = 0; pick < SET.size(); pick++) {
            String s = ReasonWriter.sentence(SET, pick, new StrongestChangeRegion(NAMES).of(SET, pick));
            assertThat(s).doesNotContain("%").doesNotContain("_");
            for (String f : ChangeFeatures.names()) {
                if (f.contains("_")) assertThat(s).doesNotContain(f).doesNotContain(f.replace('_', ' '));
            }
        }
        assertThat(ReasonWriter.sentence(SET, 2, null)).isEqualTo("kept stage 2");
    }

    @Test
    void partsOfTheFrameInWords() {
        assertThat(StrongestChangeRegion.part(0.1, 0.1)).isEqualTo("at the top left");
        assertThat(StrongestChangeRegion.part(0.5, 0.1)).isEqualTo("at the top");
        assertThat(StrongestChangeRegion.part(0.5, 0.5)).isEqualTo("in the centre");
        assertThat(StrongestChangeRegion.part(0.9, 0.5)).isEqualTo("on the right");
        assertThat(StrongestChangeRegion.part(0.5, 0.9)).isEqualTo("at the bottom");
    }
}
