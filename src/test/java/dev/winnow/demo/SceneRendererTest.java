package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneRendererTest {

    @Test
    void sameSeedRendersTheSamePixelsAndAnotherSeedAnotherScene() {
        BufferedImage a = SceneRenderer.render(5, DemoStage.GENERATED, 175, 256);
        BufferedImage b = SceneRenderer.render(5, DemoStage.GENERATED, 175, 256);
        BufferedImage c = SceneRenderer.render(6, DemoStage.GENERATED, 175, 256);

        assertThat(changedFraction(a, b)).isZero();
        assertThat(changedFraction(a, c)).isGreaterThan(0.5);
    }

    @Test
    void faceSwapChangesTheFaceAndNothingElse() {
        for (long seed = 1; seed <= 5; seed++) {
            BufferedImage generated = SceneRenderer.render(seed, DemoStage.GENERATED, 350, 512);
            BufferedImage swapped = SceneRenderer.render(seed, DemoStage.FACE_SWAPPED, 350, 512);
            Rectangle head = new FigureGeometry(SceneFactory.create(seed).figure(), 350 / 512.0)
                    .box(-1.0, -1.1, 1.0, 1.1).toPixels(350, 512);
            int inside = 0;
            for (int y = 0; y < 512; y++) {
                for (int x = 0; x < 350; x++) {
                    int d = ArtifactLocalityTest.maxChannelDiff(generated.getRGB(x, y), swapped.getRGB(x, y));
                    if (head.contains(x, y)) {
                        if (d > 10) inside++;
                    } else {
                        assertThat(d).as("seed %d pixel (%d,%d) outside the head %s", seed, x, y, head).isZero();
                    }
                }
            }
            assertThat(inside).as("seed %d changed face pixels", seed).isGreaterThan(head.width * head.height / 50);
        }
    }

    @Test
    void upscaledStageIsSharperThanTheGeneratedStageEnlarged() {
        for (long seed = 1; seed <= 3; seed++) {
            BufferedImage generated = SceneRenderer.render(seed, DemoStage.FACE_SWAPPED, 350, 512);
            BufferedImage upscaled = SceneRenderer.render(seed, DemoStage.UPSCALED, 700, 1024);
            double enlarged = detail(resize(generated, 700, 1024));
            assertThat(detail(upscaled)).as("seed %d", seed).isGreaterThan(1.5 * enlarged);
        }
    }

    @Test
    void enhancedStageShiftsColourAcrossTheWholeImage() {
        BufferedImage upscaledLook = SceneRenderer.render(SceneFactory.create(9), new SceneRenderer.Look(true, 1), 525, 768);
        BufferedImage enhanced = SceneRenderer.render(9, DemoStage.ENHANCED, 525, 768);

        assertThat(changedFraction(upscaledLook, enhanced)).isGreaterThan(0.9);
        assertThat(meanDiff(upscaledLook, enhanced)).isBetween(2.0, 40.0);
    }

    @Test
    void rendersTheSizesBenchmarksAskFor() {
        BufferedImage img = SceneRenderer.render(77, DemoStage.GENERATED, 832, 1216);

        assertThat(img.getWidth()).isEqualTo(832);
        assertThat(img.getHeight()).isEqualTo(1216);
        assertThat(distinctColours(img)).isGreaterThan(5000);
    }

    private static double detail(BufferedImage img) {
        double sum = 0;
        int n = 0;
        for (int y = 1; y < img.getHeight() - 1; y++) {
            for (int x = 1; x < img.getWidth() - 1; x++) {
                double lap = 4 * luma(img.getRGB(x, y)) - luma(img.getRGB(x - 1, y)) - luma(img.getRGB(x + 1, y))
                        - luma(img.getRGB(x, y - 1)) - luma(img.getRGB(x, y + 1));
                sum += Math.abs(lap);
                n++;
            }
        }
        return sum / n;
    }

    private static double luma(int p) {
        return 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
    }

    private static BufferedImage resize(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static double changedFraction(BufferedImage a, BufferedImage b) {
        long changed = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) changed++;
            }
        }
        return (double) changed / ((long) a.getWidth() * a.getHeight());
    }

    private static double meanDiff(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) sum += ArtifactLocalityTest.maxChannelDiff(a.getRGB(x, y), b.getRGB(x, y));
        }
        return sum / ((long) a.getWidth() * a.getHeight());
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) colours.add(img.getRGB(x, y));
        }
        return colours.size();
    }
}
