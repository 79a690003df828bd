package dev.winnow.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RgbImagesTest {
    private static BufferedImage noise(int w, int h, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] p = new int[w * h];
        for (int i = 0; i < p.length; i++) p[i] = r.nextInt(0x1000000);
        return RgbImages.wrap(w, h, p);
    }

    @Test
    void areaResizeMatchesAnAreaAverageComputedNaivelyWhenShrinkingAndGrowing() {
        BufferedImage src = noise(53, 41, 1);
        int[][] sizes = {{20, 17}, {7, 40}, {53, 41}, {120, 90}, {1, 1}};
        for (int[] s : sizes) {
            int[] got = RgbImages.pixels(RgbImages.resize(src, s[0], s[1]));
            int[] want = naiveAreaAverage(src, s[0], s[1]);
            for (int i = 0; i < got.length; i++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertThat(Math.abs(((got[i] >> shift) & 0xff) - ((want[i] >> shift) & 0xff)))
                            .as("pixel %d of %dx%d", i, s[0], s[1]).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void resizingToExactlyHalfGivesTheExactTwoByTwoMeans() {
        BufferedImage src = noise(64, 38, 2);
        assertThat(RgbImages.pixels(RgbImages.resize(src, 32, 19))).isEqualTo(RgbImages.pixels(RgbImages.halve(src)));
    }

    @Test
    void aFlatColourStaysExactlyThatColourAtAnySize() {
        int[] p = new int[97 * 61];
        Arrays.fill(p, 0xfe01c8);
        BufferedImage flat = RgbImages.wrap(97, 61, p);
        assertThat(RgbImages.pixels(RgbImages.resize(flat, 31, 20))).containsOnly(0xfe01c8);
        assertThat(RgbImages.pixels(RgbImages.fitWithin(flat, 24))).containsOnly(0xfe01c8);
    }

    /** Each output pixel: the mean of the source over its rectangle, weighting partly covered pixels by coverage. */
    private static int[] naiveAreaAverage(BufferedImage src, int w, int h) {
        int sw = src.getWidth(), sh = src.getHeight();
        int[] in = RgbImages.pixels(src), out = new int[w * h];
        double fx = (double) sw / w, fy = (double) sh / h;
        for (int oy = 0; oy < h; oy++) {
            for (int ox = 0; ox < w; ox++) {
                double[] sum = new double[3];
                double area = 0;
                for (int y = 0; y < sh; y++) {
                    double cy = Math.min(y + 1, (oy + 1) * fy) - Math.max(y, oy * fy);
                    if (cy <= 0) continue;
                    for (int x = 0; x < sw; x++) {
                        double cx = Math.min(x + 1, (ox + 1) * fx) - Math.max(x, ox * fx);
                        if (cx <= 0) continue;
                        int p = in[y * sw + x];
                        sum[0] += cx * cy * ((p >> 16) & 0xff);
                        sum[1] += cx * cy * ((p >> 8) & 0xff);
                        sum[2] += cx * cy * (p & 0xff);
                        area += cx * cy;
                    }
                }
                out[oy * w + ox] = (int) Math.round(sum[0] / area) << 16 | (int) Math.round(sum[1] / area) << 8
                        | (int) Math.round(sum[2] / area);
            }
        }
        return out;
    }
}
