package dev.winnow.imaging.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Jackson;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java port computes what the research probe computes: on a small real pair (a demo set's stage 1.5 and
 * stage 2, see make_probe_fixture.py beside the fixture), the 56 summaries, the tile means of the nine maps and
 * the lower image's descriptors match the probe's numbers written by numpy and scipy.
 */
class StepEvidenceProbeTest {
    private static JsonNode expected() throws IOException {
        try (InputStream in = StepEvidenceProbeTest.class.getResourceAsStream("probe_expected.json")) {
            return Jackson.mapper().readTree(in);
        }
    }

    static float[][] fixture(String name) throws IOException {
        try (InputStream in = StepEvidenceProbeTest.class.getResourceAsStream(name)) {
            return Planes.of(ImageIO.read(in));
        }
    }

    private static StepVariant clean(JsonNode e, float[][] a, float[][] b, StepAnalysis analysis) {
        Filters f = new Filters(e.get("width").asInt(), e.get("height").asInt());
        return analysis.variant(0, StepVariant.CLEAN, null, new StepModel(a, f), b);
    }

    @Test
    void summariesMatchTheProbe() throws IOException {
        JsonNode e = expected();
        int w = e.get("width").asInt(), h = e.get("height").asInt();
        StepVariant v = clean(e, fixture("probe_lower.png"), fixture("probe_upper.png"), new StepAnalysis(w, h));
        List<String> names = new ArrayList<>();
        e.get("names").forEach(n -> names.add(n.asText()));
        assertThat(names).isEqualTo(EvidenceNames.SUMMARIES);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double want = e.get("summaries").get(i).asDouble(), got = v.summaries()[i];
            // Shares of pixels (area above z 6, the peak's region) move by a pixel or two where float rounding
            // puts a value on the other side of a threshold; every other summary is a smooth function of the maps.
            double tolerance = name.endsWith("_area6") || name.endsWith("_blob") ? 0.002 : 2e-3 * Math.max(1, Math.abs(want));
            assertThat(got).as(name).isCloseTo(want, within(tolerance));
        }
    }

    @Test
    void tileMeansAndDescriptorsMatchTheProbeToTheirStoredPrecision() throws IOException {
        JsonNode e = expected();
        int w = e.get("width").asInt(), h = e.get("height").asInt();
        StepAnalysis analysis = new StepAnalysis(w, h);
        float[][] a = fixture("probe_lower.png");
        StepVariant v = clean(e, a, fixture("probe_upper.png"), analysis);
        assertThat(v.tiles().cols()).isEqualTo((w + 7) / 8);
        assertThat(v.tiles().rows()).isEqualTo((h + 7) / 8);
        for (int m = 0; m < EvidenceNames.TILE_MAPS.size(); m++) {
            String name = EvidenceNames.TILE_MAPS.get(m);
            JsonNode want = e.get("tiles").get(name);
            assertThat(want.size()).isEqualTo(v.tiles().tiles());
            ByteScale scale = EvidenceNames.TILE_SCALES.get(m);
            for (int t = 0; t < want.size(); t++) {
                int expectedCode = scale.encode((float) want.get(t).asDouble()) & 0xff;
                int code = v.tiles().codes()[m * v.tiles().tiles() + t] & 0xff;
                assertThat(code).as("%s tile %d (probe %.5f, java %.5f)", name, t, want.get(t).asDouble(),
                        v.tiles().value(m, t)).isCloseTo(expectedCode, within(1));
            }
        }
        StepModel model = new StepModel(a, new Filters(w, h));
        float[] d = new ContentDescriptors(new Filters(w, h), new TileMeans(w, h)).describe(a, model.luma());
        int tiles = v.tiles().tiles();
        for (int k = 0; k < 9; k++) {
            String name = EvidenceNames.DESCRIPTORS.get(k);
            JsonNode want = e.get("descriptors").get(name);
            for (int t = 0; t < tiles; t++) {
                assertThat((double) d[k * tiles + t]).as("%s tile %d", name, t)
                        .isCloseTo(want.get(t).asDouble(), within(1e-4 + 1e-3 * Math.abs(want.get(t).asDouble())));
            }
        }
    }
}
