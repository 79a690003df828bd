package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.SetRepository;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedPipelineTest extends FixtureTest {
    @Test
    void firstRunDecodesEveryImageOnceAndStoresEverythingDerived() throws Exception {
        fixture(3, 2);
        EmbedReport r = fx.embed();
        assertThat(r.images()).isEqualTo(11);
        assertThat(r.decoded()).isEqualTo(11);
        assertThat(r.failed()).isZero();
        assertThat(r.changeMapsComputed()).isEqualTo(3);

        EmbeddingRepository vectors = new EmbeddingRepository(fx.store);
        assertThat(vectors.vectorsForProject(ProjectFixture.ID, PixelEmbedder.ID)).hasSize(11)
                .allSatisfy((id, v) -> assertThat(v).hasSize(PixelEmbedder.DIMENSION));
        ContentRepository content = new ContentRepository(fx.store);
        for (ImageFile f : new dev.winnow.store.FileRepository(fx.store).present(ProjectFixture.ID)) {
            ContentRow c = content.forFile(f.id()).orElseThrow();
            assertThat(c.hash()).isEqualTo(ContentHash.of(Files.readAllBytes(fx.root.resolve(f.relPath()))));
            assertThat(c.width()).isEqualTo(f.width());
            BufferedImage thumb = ImageIO.read(fx.home.resolve(c.thumbPath()).toFile());
            assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isLessThanOrEqualTo(768);
            assertThat(c.stats()).containsKeys("sharpness", "luma_mean", "colourfulness");
        }
        ChangeFeatureRepository changes = new ChangeFeatureRepository(fx.store);
        for (StageSet s : new SetRepository(fx.store).stageSets(ProjectFixture.ID, 0)) {
            Map<Long, Map<String, Double>> f = changes.forSet(s.id());
            assertThat(f).hasSize(3);
            assertThat(f.get(s.highest().id())).containsKey("down_max");
            assertThat(fx.home.resolve(changes.heatmap(s.id()).orElseThrow())).isRegularFile();
        }
    }

    @Test
    void nothingIsWrittenInsideTheProjectFolder() throws Exception {
        fixture(2, 1);
        List<String> before = listing(fx.root);
        fx.embed();
        assertThat(listing(fx.root)).isEqualTo(before);
    }

    @Test
    void secondRunDoesNoWork() throws Exception {
        fixture(3, 2);
        fx.embed();
        EmbedReport again = fx.embed();
        assertThat(again.unitsToDo()).isZero();
        assertThat(again.decoded()).isZero();
        assertThat(again.hashedOnly()).isZero();
        assertThat(again.cached()).isEqualTo(11);
    }

    @Test
    void renamingAndMovingFilesDecodesNothing() throws Exception {
        fixture(3, 2);
        fx.embed();
        Files.move(fx.root.resolve("single_0.png"), fx.root.resolve("renamed.png"));
        fx.moveFirstSet();
        fx.rescan();
        EmbedReport r = fx.embed();
        assertThat(r.decoded()).isZero();
        assertThat(r.hashedOnly()).isEqualTo(4);
        assertThat(r.changeMapsReused()).isEqualTo(1);
        assertThat(r.changeMapsComputed()).isZero();
        assertThat(new EmbeddingRepository(fx.store).vectorsForProject(ProjectFixture.ID, PixelEmbedder.ID)).hasSize(15);
    }

    @Test
    void aChangedFileIsRecomputedWithItsSetsChangeMap() throws Exception {
        fixture(2, 0);
        fx.embed();
        fx.redrawTopAndRescan();
        EmbedReport r = fx.embed();
        // The changed file is new content; its two set mates are decoded again only for the change map.
        assertThat(r.decoded()).isEqualTo(3);
        assertThat(r.changeMapsComputed()).isEqualTo(1);
        assertThat(r.unitsToDo()).isEqualTo(1);
    }

    @Test
    void aStoppedRunResumesWhereItLeftOff() throws Exception {
        fixture(4, 3);
        EmbedReport first = fx.embed(new PixelEmbedder(), 1, StopSignal.after(3));
        assertThat(first.stopped()).isTrue();
        assertThat(first.unitsToDo()).isEqualTo(7);
        int decodedFirst = first.decoded();
        EmbedReport second = fx.embed();
        assertThat(second.stopped()).isFalse();
        assertThat(second.unitsToDo()).isEqualTo(7 - 3);
        assertThat(decodedFirst + second.decoded()).isEqualTo(15);
        assertThat(fx.embed().unitsToDo()).isZero();
    }

    @Test
    void corruptAndTruncatedImagesAreRecordedWithReasonsAndTheRunCarriesOn() throws Exception {
        fixture(2, 1);
        byte[] good = Files.readAllBytes(fx.files.get(0));
        Files.write(fx.root.resolve("truncated.png"), truncatedButEndingWithIend(good));
        byte[] corrupt = good.clone();
        for (int i = 60; i < corrupt.length - 40; i += 7) corrupt[i] ^= 0x5a;
        Files.write(fx.root.resolve("corrupt.png"), corrupt);
        fx.rescan();

        EmbedReport r = fx.embed();
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.decoded()).isEqualTo(7);
        assertThat(r.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("truncated.png", "corrupt.png");
        assertThat(r.problems()).extracting(p -> p.reason()).contains("truncated").containsAnyOf("corrupt");
        assertThat(new dev.winnow.store.ProblemRepository(fx.store).list(ProjectFixture.ID, ResultWriter.PROBLEM_KIND))
                .hasSize(2);

        EmbedReport again = fx.embed();
        assertThat(again.decoded()).isZero();
        assertThat(again.unitsToDo()).isZero();
        assertThat(again.failed()).isEqualTo(2);
    }

    @Test
    void vectorsOfAnotherEmbedderAreNeverUsed() throws Exception {
        fixture(2, 1);
        fx.embed();
        Path model = Path.of(getClass().getResource("/dev/winnow/embed/tiny_vision.onnx").toURI());
        try (Embedder onnx = Embedders.onnx(model, Embedders.Options.defaults(ProjectFixture.ID, 2))) {
            EmbedReport r = fx.embed(onnx, 2, StopSignal.never());
            // Content and change maps are cached, but the model's vectors are not: every image is decoded for them.
            assertThat(r.decoded()).isEqualTo(7);
            assertThat(r.changeMapsComputed()).isZero();
            EmbeddingRepository vectors = new EmbeddingRepository(fx.store);
            Map<Long, float[]> pixels = vectors.vectorsForProject(ProjectFixture.ID, PixelEmbedder.ID);
            Map<Long, float[]> tiny = vectors.vectorsForProject(ProjectFixture.ID, onnx.id());
            assertThat(tiny).hasSize(7).allSatisfy((id, v) -> {
                assertThat(v).hasSize(8);
                assertThat(Arrays.equals(v, Arrays.copyOf(pixels.get(id), 8))).isFalse();
            });
            assertThat(vectors.embedderIds()).containsExactlyInAnyOrder(PixelEmbedder.ID, onnx.id());
        }
        Path model2 = Path.of(getClass().getResource("/onnx/tiny_tokens.onnx").toURI());
        try (Embedder other = Embedders.onnx(model2, Embedders.Options.defaults(ProjectFixture.ID, 2))) {
            assertThat(fx.embed(other, 2, StopSignal.never()).decoded()).isEqualTo(7);
        }
    }

    /** A PNG cut in the middle of its image data that still ends with an IEND chunk, so the scan accepts it. */
    static byte[] truncatedButEndingWithIend(byte[] png) {
        byte[] iend = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        int idat = indexOf(png, "IDAT".getBytes()) - 4;
        int len = ByteBuffer.wrap(png, idat, 4).getInt();
        int keep = len / 2;
        ByteBuffer out = ByteBuffer.allocate(idat + 12 + keep + iend.length);
        out.put(png, 0, idat).putInt(keep).put("IDAT".getBytes()).put(png, idat + 8, keep).putInt(0).put(iend);
        return out.array();
    }

    private static int indexOf(byte[] a, byte[] needle) {
        outer:
        for (int i = 0; i <= a.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (a[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p) + ":" + p.toFile().length()).sorted().toList();
        }
    }
}
