package dev.winnow.learn;

import dev.winnow.common.CropBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CropModeTest {
    private static final CropBox CROP = new CropBox(0.1, 0.0, 0.8, 0.7);
    private static final CropBox MEDIAN = new CropBox(0.12, 0.02, 0.82, 0.72);

    private static CropOutcome outcome(CropBox truth, CropBox regression) {
        return new CropOutcome("p", 1, 832, 1216, truth, regression, MEDIAN, MEDIAN);
    }

    @Test
    void theRegressionsAnswerOnlyWhenTheyBeatTheConstantsOutOfFold() {
        CropBox off = new CropBox(0.3, 0.3, 0.6, 0.6);
        assertThat(CropMode.best(List.of(outcome(CROP, CROP), outcome(CROP, CROP)))).isEqualTo(CropMode.REGRESSION);
        assertThat(CropMode.best(List.of(outcome(CROP, off), outcome(CROP, off)))).isEqualTo(CropMode.BUCKET_MEDIAN);
        assertThat(CropMode.best(List.of(outcome(CropBox.FULL, off), outcome(CropBox.FULL, off)))).isEqualTo(CropMode.FULL_IMAGE);
    }

    @Test
    void aTieGoesToTheSimplerAnswer() {
        assertThat(CropMode.best(List.of(outcome(MEDIAN, MEDIAN)))).isEqualTo(CropMode.BUCKET_MEDIAN);
        assertThat(CropMode.BUCKET_MEDIAN.box(outcome(CROP, CROP))).isEqualTo(MEDIAN);
        assertThat(CropMode.FULL_IMAGE.box(outcome(CROP, CROP))).isEqualTo(CropBox.FULL);
    }
}
