package dev.winnow.imaging;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SubjectProfileTest {

    /** A plain, slightly noisy backdrop with a busy, differently coloured patch around ({@code cx}, {@code cy}). */
    private static BufferedImage subjectAt(double cx, double cy, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(6);
                img.setRGB(x, y, new Color(90 + n, 120 + n, 160 + n).getRGB());
            }
        }
        Graphics2D g = img.createGraphics();
        int pw = w / 5, ph = h / 5, x0 = (int) (cx * w) - pw / 2, y0 = (int) (cy * h) - ph / 2;
        for (int i = 0; i < 40; i++) {
            g.setColor(i % 2 == 0 ? new Color(230, 180, 150) : new Color(60, 30, 20));
            g.fillRect(x0 + r.nextInt(pw - 8), y0 + r.nextInt(ph - 8), 8, 8);
        }
        g.dispose();
        return img;
    }

    private static Map<String, Double> profile(BufferedImage img) {
        return SubjectProfile.measure(img, GrayImage.of(img));
    }

    @Test
    void theProfileFindsABusyDistinctSubjectWhereverItStands() {
        for (double[] at : new double[][] {{0.3, 0.25}, {0.7, 0.6}}) {
            Map<String, Double> p = profile(subjectAt(at[0], at[1], 240, 360));
            for (String cue : new String[] {"detail", "distinct"}) {
                assertThat(p.get("subj_" + cue + "_x_mean")).as(cue).isCloseTo(at[0], within(0.06));
                assertThat(p.get("subj_" + cue + "_y_mean")).as(cue).isCloseTo(at[1], within(0.06));
                assertThat(p.get("subj_" + cue + "_x_q05")).isLessThan(p.get("subj_" + cue + "_x_q95"));
                assertThat(p.get("subj_" + cue + "_x_spread")).isLessThan(0.12);
            }
        }
    }

    @Test
    void theProfileHoldsExactlyTheNamedValuesAndItsGridSumsToOne() {
        Map<String, Double> p = profile(subjectAt(0.5, 0.5, 200, 300));
        assertThat(p.keySet()).containsExactlyElementsOf(SubjectProfile.names());
        assertThat(p.get(SubjectProfile.VERSION_KEY)).isEqualTo(SubjectProfile.VERSION);
        double grid = p.entrySet().stream().filter(e -> e.getKey().contains("_g")).mapToDouble(Map.Entry::getValue).sum();
        assertThat(grid).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aFeaturelessImageReadsAsSpreadEvenlyInsteadOfFailing() {
        BufferedImage flat = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
        Map<String, Double> p = profile(flat);
        assertThat(p.get("subj_detail_x_q50")).isCloseTo(0.5, within(1e-9));
        assertThat(p.values()).allSatisfy(v -> assertThat(v).isFinite());
    }
}
