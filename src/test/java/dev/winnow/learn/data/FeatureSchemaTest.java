package dev.winnow.learn.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureSchemaTest {
    private static final FeatureSchema MODEL = new FeatureSchema("pixels", 64, List.of("down_max", "down_mean"));

    @Test
    void aPhotoOnlyProjectWithoutChangeFeaturesFitsModelsTrainedWithThemOtherChangeNamesDoNot() {
        assertThat(MODEL.mismatch(new FeatureSchema("pixels", 64, List.of()))).as("singles only: no stage pairs").isEmpty();
        assertThat(MODEL.mismatch(new FeatureSchema("pixels", 64, List.of("down_mean", "down_max")))).isEmpty();
        assertThat(MODEL.mismatch(new FeatureSchema("pixels", 64, List.of("down_max")))).get().asString()
                .contains("change features");
        assertThat(MODEL.mismatch(new FeatureSchema("pixels", 32, List.of()))).get().asString().contains("64-dimensional");
        assertThat(MODEL.mismatch(new FeatureSchema("onnx:clip", 64, List.of()))).get().asString().contains("embedder");
    }
}
