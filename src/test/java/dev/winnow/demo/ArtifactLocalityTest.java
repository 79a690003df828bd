package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.demo.DemoTruth.TruthFile;
import dev.winnow.demo.DemoTruth.TruthSet;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compares written stage files with a clean rendering of the same scene. */
class ArtifactLocalityTest {
    @TempDir
    static Path tmp;
    static DemoLayout layout;

    @BeforeAll
    static void generate() {
        layout = new DemoGenerator().generate(tmp.resolve("demo"), SmallDemo.config(23));
    }

    @Test
    void artifactsChangeOnlyPixelsInsideTheirRegionAndClearlyChangeThem() throws IOException {
        Set<String> kinds = new HashSet<>();
        int files = 0;
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            for (TruthSet s : DemoTruth.read(p.truth()).sets()) {
                if (!s.anomaly()) continue;
                kinds.add(s.artifact().kind());
                for (String name : s.artifact().files()) {
                    BufferedImage written = ImageIO.read(p.originals().resolve(name).toFile());
                    BufferedImage clean = clean(s, member(s, name), written);
                    double[] r = s.artifact().region();
                    Rectangle region = new NormBox(r[0], r[1], r[2], r[3]).toPixels(written.getWidth(), written.getHeight());
                    Rectangle tolerance = new Rectangle(region.x - 1, region.y - 1, region.width + 2, region.height + 2);
                    int changedInside = 0;
                    for (int y = 0; y < written.getHeight(); y++) {
                        for (int x = 0; x < written.getWidth(); x++) {
                            int d = maxChannelDiff(written.getRGB(x, y), clean.getRGB(x, y));
                            if (!tolerance.contains(x, y)) {
                                assertThat(d).as("%s pixel (%d,%d) outside %s region %s", name, x, y, s.artifact().kind(), region).isZero();
                            } else if (d >= 12) {
                                changedInside++;
                            }
                        }
                    }
                    assertThat(changedInside).as("%s %s changed pixels", name, s.artifact().kind())
                            .isGreaterThanOrEqualTo(Math.max(4, region.width * region.height / 300));
                    files++;
                }
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(6);
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void filesWithoutArtifactAreExactlyTheCleanRendering() throws IOException {
        int checked = 0;
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            for (TruthSet s : DemoTruth.read(p.truth()).sets()) {
                for (TruthFile f : s.members()) {
                    if (s.anomaly() && s.artifact().files().contains(f.name())) continue;
                    BufferedImage written = ImageIO.read(p.originals().resolve(f.name()).toFile());
                    BufferedImage clean = clean(s, f, written);
                    for (int y = 0; y < written.getHeight(); y += 2) {
                        for (int x = 0; x < written.getWidth(); x += 2) {
                            assertThat(written.getRGB(x, y)).as(f.name()).isEqualTo(clean.getRGB(x, y));
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void theCuratorKeptTheStageBelowTheFirstBrokenOne() {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            for (TruthSet s : DemoTruth.read(p.truth()).sets()) {
                if (!s.anomaly()) continue;
                int firstBroken = s.members().stream().map(TruthFile::name).toList().indexOf(s.artifact().files().get(0));
                assertThat(s.artifact().files()).containsExactlyElementsOf(
                        s.members().subList(firstBroken, s.members().size()).stream().map(TruthFile::name).toList());
                assertThat(s.winner()).isEqualTo(s.members().get(firstBroken - 1).name());
            }
        }
    }

    private static TruthFile member(TruthSet s, String name) {
        return s.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static BufferedImage clean(TruthSet s, TruthFile f, BufferedImage written) {
        assertThat(written.getWidth()).isEqualTo(f.width());
        return SceneRenderer.render(s.sceneSeed(), stage(f.stage()), s.faceSwapped(), f.width(), f.height());
    }

    static DemoStage stage(double value) {
        for (DemoStage st : DemoStage.values()) if (st.value() == value) return st;
        throw new IllegalArgumentException("no stage " + value);
    }

    static int maxChannelDiff(int a, int b) {
        int dr = Math.abs(((a >> 16) & 255) - ((b >> 16) & 255));
        int dg = Math.abs(((a >> 8) & 255) - ((b >> 8) & 255));
        int db = Math.abs((a & 255) - (b & 255));
        return Math.max(dr, Math.max(dg, db));
    }
}
