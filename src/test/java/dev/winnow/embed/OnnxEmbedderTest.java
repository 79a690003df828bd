package dev.winnow.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.imaging.SyntheticPortrait;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OnnxEmbedderTest {
    private static final Embedders.Options DEFAULTS = Embedders.Options.defaults("p", 1);

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }

    @Test
    void tinyModelOutputMatchesTheNumpyReference() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(resource("/onnx/tiny_vision_expected.json").toFile()).get("output");
        int c = 3, h = 20, w = 14;
        float[] input = new float[c * h * w];
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) input[(ch * h + y) * w + x] = ((ch * 7 + y * 3 + x * 5) % 11) / 10f - 0.5f;
            }
        }
        try (OnnxEmbedder e = Embedders.onnx(resource("/dev/winnow/embed/tiny_vision.onnx"), DEFAULTS)) {
            float[] out = e.runTensor(input, h, w);
            assertThat(out).hasSize(expected.size());
            for (int i = 0; i < out.length; i++) assertThat((double) out[i]).isCloseTo(expected.get(i).asDouble(), within(1e-5));
        }
    }

    @Test
    void huggingFaceFolderIsReadWithItsPreprocessorConfig() throws Exception {
        try (OnnxEmbedder e = Embedders.onnx(resource("/onnx/hf_tiny"), DEFAULTS)) {
            assertThat(e.id()).matches("onnx:[0-9a-f]{12}-[0-9a-f]{6}");
            assertThat(e.spec().get("preprocessing").toString()).contains("crop=32x32").contains("shortestEdge=32");
            BufferedImage img = new SyntheticPortrait(3).render(120, 180);
            float[] v = e.run(img);
            double norm = 0;
            for (float f : v) norm += f * f;
            assertThat(v).hasSize(8);
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void preprocessingCentreCropsAndNormalizesLikeTheProcessor() throws Exception {
        OnnxPreprocessing p = OnnxPreprocessing.fromHuggingFace(resource("/onnx/hf_tiny/preprocessor_config.json"));
        BufferedImage img = new BufferedImage(64, 128, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 128; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, y < 64 ? 0xff0000 : 0x0000ff);
        float[] t = p.tensor(img);
        // 64x128 -> 32x64 -> centre crop rows 16..47: the red half ends at row 16 of the crop.
        int plane = 32 * 32;
        assertThat((double) t[0]).isCloseTo((1 - 0.48145466) / 0.26862954, within(1e-4));
        assertThat((double) t[2 * plane]).isCloseTo((0 - 0.40821073) / 0.27577711, within(1e-4));
        assertThat((double) t[2 * plane + 31 * 32]).isCloseTo((1 - 0.40821073) / 0.27577711, within(1e-4));
    }

    @Test
    void aModelWithOneInputChannelIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Embedders.onnx(resource("/onnx/tiny_gray.onnx"), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 channels").hasMessageContaining("1x3xHxW");
    }

    @Test
    void preprocessingThatDoesNotFitTheModelsInputIsRefused() {
        Embedders.Options o = new Embedders.Options(64, 64, null, null, null, "p", 1);
        assertThatThrownBy(() -> Embedders.onnx(resource("/onnx/hf_tiny"), o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expects [1, 3, 32, 32]").hasMessageContaining("1x3x64x64");
    }

    @Test
    void tokenSequenceOutputIsMeanPooledToOneVector() throws Exception {
        try (OnnxEmbedder e = Embedders.onnx(resource("/onnx/tiny_tokens.onnx"), DEFAULTS)) {
            assertThat(e.dimension()).isEqualTo(8);
            assertThat(e.spec().get("output")).isEqualTo("last_hidden_state");
        }
    }

    @Test
    void otherPreprocessingGivesAnotherEmbedderId() throws Exception {
        Path model = resource("/dev/winnow/embed/tiny_vision.onnx");
        try (OnnxEmbedder a = Embedders.onnx(model, DEFAULTS);
             OnnxEmbedder b = Embedders.onnx(model, new Embedders.Options(64, 64, null, null, null, "p", 1))) {
            assertThat(a.id().substring(0, 17)).isEqualTo(b.id().substring(0, 17));
            assertThat(a.id()).isNotEqualTo(b.id());
        }
    }
}
