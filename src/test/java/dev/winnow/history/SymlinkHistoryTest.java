package dev.winnow.history;

import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13.1: history over symbolic links — a linked original folder, a linked final folder, a linked zip, a linked
 * sub-folder of originals — recovers exactly what the real paths recover. (A linked original folder once yielded no
 * originals at all: every final was reported "final-without-original".)
 */
class SymlinkHistoryTest {
    @TempDir
    Path tmp;

    private HistoryReport recover(Path home, Path original, Path fin) throws IOException {
        try (Store store = Store.open(home)) {
            return new HistoryImporter(store).recover("gen", original, fin, ProgressReporter.silent());
        }
    }

    /** What was decided per set: winner, losers, crop state and box. */
    private static Map<String, String> decisions(Path home) {
        try (Store store = Store.open(home)) {
            Map<String, String> out = new TreeMap<>();
            for (Decision d : new DecisionRepository(store).forProject("gen")) {
                out.put(d.setRef(), d.chosenName() + " " + d.loserNames() + " " + d.cropState() + " " + d.crop());
            }
            return out;
        }
    }

    private static GeneratedHistory history(Path dir) {
        try {
            GeneratedHistory g = new GeneratedHistory(dir);
            Random r = new Random(17);
            g.staged(1, 128, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
            g.staged(2, 128, GeneratedHistory.FinalSpec.of(0, GeneratedHistory.box(r)).asJpeg());
            g.staged(3, 128, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)).renamed("delivered_03.png"));
            g.staged(4, 128, null);
            return g;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSymlinkedOriginalFolderRecoversTheSameDecisionsAsItsRealPath() throws IOException {
        GeneratedHistory g = history(tmp.resolve("gen"));
        HistoryReport real = recover(tmp.resolve("home-real"), g.original, g.fin);
        assertThat(real.winners()).isEqualTo(3);
        Map<String, String> expected = decisions(tmp.resolve("home-real"));
        assertThat(expected).hasSize(4);

        Path originalLink = Files.createSymbolicLink(tmp.resolve("original-link"), g.original);
        Path finalLink = Files.createSymbolicLink(tmp.resolve("final-link"), g.fin);
        HistoryReport linked = recover(tmp.resolve("home-link"), originalLink, finalLink);
        assertThat(linked.problems()).isEmpty();
        assertThat(linked.winners()).isEqualTo(3);
        assertThat(decisions(tmp.resolve("home-link"))).isEqualTo(expected);

        Path zip = tmp.resolve("final.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(g.fin)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        Path zipLink = Files.createSymbolicLink(tmp.resolve("final-link.zip"), zip);
        recover(tmp.resolve("home-zip"), originalLink, zipLink);
        assertThat(decisions(tmp.resolve("home-zip"))).isEqualTo(expected);
    }

    @Test
    void originalsInALinkedSubFolderAreFoundAndALoopIsReportedNotFollowed() throws IOException {
        GeneratedHistory g = history(tmp.resolve("gen"));
        Path parent = Files.createDirectories(tmp.resolve("shoot"));
        Files.createSymbolicLink(parent.resolve("day1"), g.original);
        Files.createSymbolicLink(g.original.resolve("back"), parent);
        HistoryReport r = recover(tmp.resolve("home"), parent, g.fin);
        assertThat(r.winners()).isEqualTo(3);
        assertThat(r.problemsByReason()).containsOnlyKeys("symlink-loop");
    }

    @Test
    void anOriginalOrFinalWithoutImagesIsRefusedWithTheResolvedPathBeforeAnyMatching() throws IOException {
        GeneratedHistory g = history(tmp.resolve("gen"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "the pictures are on the other drive");
        Path link = Files.createSymbolicLink(tmp.resolve("originals-link"), empty);
        assertThatThrownBy(() -> recover(tmp.resolve("home"), link, g.fin))
                .hasMessageContaining("the original folder holds no images: " + link + " (a link to " + empty.toRealPath() + ")");
        assertThatThrownBy(() -> recover(tmp.resolve("home"), g.original, link))
                .hasMessageContaining("the final folder holds no images");
        Path dangling = Files.createSymbolicLink(tmp.resolve("unplugged"), tmp.resolve("drive-not-mounted"));
        assertThatThrownBy(() -> recover(tmp.resolve("home"), dangling, g.fin))
                .hasMessageContaining("no such folder or archive").hasMessageContaining("drive-not-mounted");
        try (Store store = Store.open(tmp.resolve("home"))) {
            assertThat(new DecisionRepository(store).forProject("gen")).as("nothing stored").isEmpty();
        }
        assertThat(List.of(Files.list(empty).count())).containsExactly(1L);
    }
}
