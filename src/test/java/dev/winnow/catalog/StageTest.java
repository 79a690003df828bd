package dev.winnow.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    @ParameterizedTest
    @CsvSource({
            "20250708_064118_stage1_generated.png, 1, 20250708_064118",
            "20250708_064118_stage1.5_face_swapped.png, 1.5, 20250708_064118",
            "20250708_064232_stage2_upscaled.png, 2, 20250708_064232",
            "20250708_064232_stage3_enhanced.png, 3, 20250708_064232",
            "20250708_064232_stage3_enhanced_v2.webp, 3, 20250708_064232",
            "20250708_064232_STAGE2_UPSCALED.PNG, 2, 20250708_064232",
            "20250708_064232_stage4_magic.png, 0, 20250708_064232",
            "holiday.jpg, 0, ",
    })
    void parsesStageAndTimeFromFileName(String name, double stage, String time) {
        ImageName n = ImageName.parse(name);
        assertThat(n.stage().value()).isEqualTo(stage);
        assertThat(n.time()).isEqualTo(time);
    }

    @Test
    void stemKeepsTheDotInsideStageOnePointFive() {
        ImageName n = ImageName.parse("20250708_064118_stage1.5_face_swapped.png");
        assertThat(n.stem()).isEqualTo("20250708_064118_stage1.5_face_swapped");
        assertThat(n.ext()).isEqualTo("png");
        assertThat(n.wellFormed()).isTrue();
    }

    @Test
    void namesOffConventionSayWhy() {
        assertThat(ImageName.parse("holiday.jpg").problem()).hasValueSatisfying(p -> assertThat(p).contains("neither"));
        assertThat(ImageName.parse("20250101_000000_final.png").problem()).hasValueSatisfying(p -> assertThat(p).contains("no known stage"));
        assertThat(ImageName.parse("x_stage2_upscaled.png").problem()).hasValueSatisfying(p -> assertThat(p).contains("no YYYYMMDD_HHMMSS"));
    }
}
