package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CropModeTest {
    private static final CropBox CROP = new CropBox(0.1, 0.0, 0.8, 0.7);
    private static final CropBox MEDIAN = new CropBox(0.12, 0.02, 0.82, 0.72);

    private static CropOutcome outcome(CropBox truth, CropBox regression) {
        return new CropOutcome("p", 1, 832, 1216, truth, regression, MEDIAN, MEDIAN);
    }

    private static final CropBox OFF = new CropBox(0.3, 0.3, 0.6, 0.6);

    /** Both learned modes answering the same held-out crops. */
    private static Map<CropMode, List<CropOutcome>> answers(CropBox truth, CropBox anchored, CropBox trees) {
        return Map.of(CropMode.ANCHORED, List.of(outcome(truth, anchored), outcome(truth, anchored)),
                CropMode.REGRESSION, List.of(outcome(truth, trees), outcome(truth, trees)));
    }

    @Test
    void aLearnedModeAnswersOnlyWhenItBeatsTheConstantsOutOfFold() {
        assertThat(CropMode.best(answers(CROP, OFF, CROP))).isEqualTo(CropMode.REGRESSION);
        assertThat(CropMode.best(answers(CROP, CROP, OFF))).isEqualTo(CropMode.ANCHORED);
        assertThat(CropMode.best(answers(CROP, OFF, OFF))).isEqualTo(CropMode.BUCKET_MEDIAN);
        assertThat(CropMode.best(answers(CropBox.FULL, OFF, OFF))).isEqualTo(CropMode.FULL_IMAGE);
    }

    @Test
    void aTieGoesToTheSimplerAnswer() {
        assertThat(CropMode.best(answers(MEDIAN, MEDIAN, MEDIAN))).isEqualTo(CropMode.BUCKET_MEDIAN);
        assertThat(CropMode.best(answers(CROP, CROP, CROP))).isEqualTo(CropMode.ANCHORED);
        assertThat(CropMode.BUCKET_MEDIAN.box(outcome(CROP, CROP))).isEqualTo(MEDIAN);
        assertThat(CropMode.FULL_IMAGE.box(outcome(CROP, CROP))).isEqualTo(CropBox.FULL);
    }
}
