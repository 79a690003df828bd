package dev.winnow.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeMapperTest {
    private final ChangeMapper mapper = new ChangeMapper();

    /** Stage 2 is the same scene at twice the size; stage 3 is stage 2 enhanced everywhere, optionally broken. */
    private static List<ChangeMapper.Member> set(boolean plantArtifact) {
        SyntheticPortrait scene = new SyntheticPortrait(42);
        BufferedImage low = scene.render(416, 608);
        BufferedImage high = scene.render(832, 1216);
        BufferedImage top = enhance(high);
        if (plantArtifact) plant(top, 0.62, 0.58, 0.05);
        return List.of(member(1, low), member(2, high), member(3, top));
    }

    private static ChangeMapper.Member member(double stage, BufferedImage img) {
        return new ChangeMapper.Member(stage, RgbImages.fitWithin(img, ImageAnalyzer.WORKING_SIDE));
    }

    /**
     * What an enhancement pass does everywhere: a contrast and brightness lift, strong sharpening (unsharp mask)
     * and fresh fine grain.
     */
    private static BufferedImage enhance(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        int[] s = RgbImages.pixels(src);
        int[] p = new int[s.length];
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(13) - 6;
                int out = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int centre = (s[y * w + x] >> shift) & 0xff;
                    int sum = 0, count = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int yy = Math.min(h - 1, Math.max(0, y + dy)), xx = Math.min(w - 1, Math.max(0, x + dx));
                            sum += (s[yy * w + xx] >> shift) & 0xff;
                            count++;
                        }
                    }
                    double sharp = centre + 1.5 * (centre - sum / (double) count);
                    int v = Math.max(0, Math.min(255, (int) ((sharp - 128) * 1.2 + 140) + n));
                    out |= v << shift;
                }
                p[y * w + x] = out;
            }
        }
        return RgbImages.wrap(w, h, p);
    }

    /** A smeared patch of flat colour: a local break such as a melted navel. */
    private static void plant(BufferedImage img, double cx, double cy, double radius) {
        int w = img.getWidth(), h = img.getHeight();
        int[] p = RgbImages.pixels(img);
        int r = (int) (radius * w);
        for (int y = (int) (cy * h) - r; y < (int) (cy * h) + r; y++) {
            for (int x = (int) (cx * w) - r; x < (int) (cx * w) + r; x++) {
                double d = Math.hypot(x - cx * w, y - cy * h) / r;
                if (d < 1) p[y * w + x] = SyntheticPortrait.mix(p[y * w + x], 0x7a5a48, 0.9);
            }
        }
    }

    @Test
    void plantedLocalArtifactIsLocatedByTheTopStagesMaxTile() {
        ChangeMap map = mapper.map(set(true));
        Map<String, Double> top = map.features().get(2);
        assertThat(top.get("down_max_x")).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.07));
        assertThat(top.get("down_max_y")).isCloseTo(0.58, org.assertj.core.data.Offset.offset(0.07));
        Map<String, Double> low = map.features().get(0);
        assertThat(low.get("top_max_x")).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.07));
        assertThat(low.get("top_max_y")).isCloseTo(0.58, org.assertj.core.data.Offset.offset(0.07));
    }

    @Test
    void globalEnhancementCreatesNoComparableLocalPeak() {
        Map<String, Double> clean = mapper.map(set(false)).features().get(2);
        Map<String, Double> broken = mapper.map(set(true)).features().get(2);
        assertThat(broken.get("down_max")).isGreaterThan(2 * clean.get("down_max"));
        assertThat(broken.get("down_peak_ratio")).isGreaterThan(2 * clean.get("down_peak_ratio"));
        assertThat(broken.get("down_conc_top5pct")).isGreaterThan(clean.get("down_conc_top5pct"));
    }

    @Test
    void everyMemberCarriesItsComparisonsAndTheHeatmapHasOnePanelPerMember() {
        ChangeMap map = mapper.map(set(false));
        assertThat(map.features().get(0)).containsKeys("top_max", "up_max").doesNotContainKey("down_max");
        assertThat(map.features().get(1)).containsKeys("top_max", "up_max", "down_max");
        assertThat(map.features().get(2)).containsKeys("down_max").doesNotContainKeys("top_max", "up_max");
        assertThat(ChangeFeatures.names()).containsAll(map.features().get(1).keySet());
        assertThat(map.heatmap().getWidth()).isGreaterThan(3 * map.heatmap().getHeight() / 2);
    }
}
