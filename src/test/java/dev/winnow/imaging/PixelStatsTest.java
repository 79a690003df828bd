package dev.winnow.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PixelStatsTest {
    @Test
    void oneMeasuringPassGivesExactlyTheSeparateMeasures() {
        BufferedImage img = new SyntheticPortrait(11).render(205, 301);
        PixelStats.Measured m = PixelStats.measure(img);
        GrayImage gray = GrayImage.of(img);
        assertThat(m.gray().pixels()).isEqualTo(gray.pixels());
        Map<String, Double> s = m.stats();
        double mean = GrayStats.mean(gray.pixels());
        assertThat(s.get("luma_mean")).isEqualTo(mean);
        assertThat(s.get("luma_std")).isEqualTo(GrayStats.std(gray.pixels(), mean));
        assertThat(s.get("sharpness")).isEqualTo(GrayStats.laplacianVariance(gray));

        int[] px = RgbImages.pixels(img);
        double red = 0, saturation = 0;
        long edges = 0;
        for (int p : px) {
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            red += r;
            saturation += max == 0 ? 0 : (max - min) / (double) max;
        }
        float[] l = gray.pixels();
        int w = gray.width();
        for (int y = 1; y < gray.height() - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float gx = (l[i + 1] - l[i - 1]) * 0.5f, gy = (l[i + w] - l[i - w]) * 0.5f;
                if (Math.sqrt(gx * gx + gy * gy) > PixelStats.EDGE_THRESHOLD) edges++;
            }
        }
        assertThat(s.get("mean_r")).isCloseTo(red / px.length / 255, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("saturation")).isCloseTo(saturation / px.length, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("edge_density")).isEqualTo((double) edges / px.length);
        assertThat(s.get("edge_density")).isBetween(0.001, 0.999);
    }
}
