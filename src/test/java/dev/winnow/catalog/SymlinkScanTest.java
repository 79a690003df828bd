package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13.1: a project folder reached through symbolic links — a linked root, a linked folder on another drive,
 * a linked file — is catalogued as the user sees it; every image once; loops, aliases and dangling links reported
 * with their targets.
 */
class SymlinkScanTest {
    @TempDir
    Path tmp;
    Store store;
    Catalog catalog;

    @BeforeEach
    void setUp() {
        store = Store.open(tmp.resolve("home"));
        catalog = new Catalog(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static void generation(Path dir, String t) {
        TestImages.png(dir.resolve(t + "0_stage1_generated.png"), 16, 24);
        TestImages.text(dir.resolve(t + "0_stage1_generated.yaml"), "seed: 1");
        TestImages.png(dir.resolve(t + "5_stage2_upscaled.png"), 32, 48);
    }

    @Test
    void aLinkedRootLinkedFoldersAndFilesAreScannedOnceAndBadLinksReportedWithTheirTarget() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("drive/mojo"));
        generation(real, "20250101_00000");
        Path outside = Files.createDirectories(tmp.resolve("other-drive/extra"));
        generation(outside, "20250101_00010");
        Path photo = TestImages.png(tmp.resolve("other-drive/IMG_0001.jpg"), 12, 16);
        Files.createSymbolicLink(real.resolve("extra"), outside);            // a folder on another drive
        Files.createSymbolicLink(real.resolve("extra-again"), outside);      // the same folder linked twice
        Files.createSymbolicLink(real.resolve("IMG_0001.jpg"), photo);        // a linked file
        Path sub = Files.createDirectories(real.resolve("sub"));
        generation(sub, "20250101_00020");
        Files.createSymbolicLink(real.resolve("sub-alias"), sub);            // an alias of a folder inside
        Files.createSymbolicLink(sub.resolve("up"), real);                   // a loop
        Files.createSymbolicLink(real.resolve("gone.png"), tmp.resolve("nowhere.png"));
        Path link = Files.createSymbolicLink(tmp.resolve("mojo-link"), real);

        catalog.addProject("p", link, null);
        assertThat(catalog.whereIs("p")).isEqualTo(link + " (a link to " + real.toRealPath() + ")");
        assertThat(catalog.holdsImages("p")).isTrue();
        ScanReport r = catalog.scan("p", ProgressReporter.silent());

        assertThat(r.images()).as("3 generations of 2 images and the linked photo, each once").isEqualTo(7);
        assertThat(r.sets()).isEqualTo(3);
        assertThat(r.companions()).isEqualTo(3);
        assertThat(catalog.sets("p", 0)).flatExtracting(s -> s.members().stream().map(ImageFile::relPath).toList())
                .contains("extra/20250101_000100_stage1_generated.png", "sub/20250101_000205_stage2_upscaled.png")
                .noneMatch(p -> p.startsWith("extra-again/") || p.startsWith("sub-alias/") || p.startsWith("sub/up/"));
        Map<String, Problem> byPath = new TreeMap<>();
        for (Problem p : r.problems()) byPath.put(p.path(), p);
        assertThat(byPath.get("sub/up").reason()).isEqualTo(FolderTree.SYMLINK_LOOP);
        assertThat(byPath.get("sub/up").detail()).contains(real.toString());
        assertThat(byPath.get("sub-alias").reason()).isEqualTo(FolderTree.SYMLINK_ALIAS);
        assertThat(byPath.get("sub-alias").detail()).contains("read under its own path (sub)");
        assertThat(byPath.get("extra-again").reason()).isEqualTo(FolderTree.SYMLINK_ALIAS);
        assertThat(byPath.get("extra-again").detail()).contains("already read as extra");
        assertThat(byPath.get("gone.png").reason()).isEqualTo(FolderTree.DANGLING_LINK);
        assertThat(byPath.get("gone.png").detail()).contains(tmp.resolve("nowhere.png").toString());

        ScanReport again = catalog.scan("p", ProgressReporter.silent());
        assertThat(again.unchanged()).as("a rescan through the link sees the same files").isEqualTo(7);
        assertThat(again.missing()).isZero();
    }

    @Test
    void aRootWithoutImagesOrADanglingRootSaysSoWithTheResolvedPath() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        TestImages.text(empty.resolve("notes.txt"), "no pictures here");
        Path link = Files.createSymbolicLink(tmp.resolve("empty-link"), empty);
        catalog.addProject("e", link, null);
        assertThat(catalog.holdsImages("e")).isFalse();
        assertThat(catalog.whereIs("e")).contains("a link to " + empty.toRealPath());

        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("unplugged-drive"));
        assertThatThrownBy(() -> catalog.addProject("d", dangling, null))
                .hasMessageContaining("not a folder").hasMessageContaining("unplugged-drive").hasMessageContaining("does not exist");
    }

    @Test
    void describeNamesTheTargetOnlyWhenALinkIsOnTheWay() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("a/b"));
        assertThat(FolderTree.describe(real)).isEqualTo(real.toString());
        Path linkedParent = Files.createSymbolicLink(tmp.resolve("l"), tmp.resolve("a"));
        assertThat(FolderTree.describe(linkedParent.resolve("b"))).isEqualTo(linkedParent.resolve("b") + " (a link to " + real.toRealPath() + ")");
        assertThat(List.of(FolderTree.describe(tmp.resolve("missing")))).containsExactly(tmp.resolve("missing").toString());
    }
}
