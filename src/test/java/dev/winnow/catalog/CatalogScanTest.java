package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.FileState;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.CompanionRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CatalogScanTest {
    @TempDir
    Path tmp;
    Path root;
    Store store;
    Catalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("project"));
        store = Store.open(tmp.resolve("home"));
        catalog = new Catalog(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ScanReport scan() {
        return catalog.scan("p", ProgressReporter.silent());
    }

    private void generation(String t1, String t2, String t3) {
        TestImages.png(root.resolve(t1 + "_stage1_generated.png"), 16, 24);
        TestImages.text(root.resolve(t1 + "_stage1_generated.yaml"), "seed: 1");
        TestImages.png(root.resolve(t2 + "_stage2_upscaled.png"), 32, 48);
        TestImages.text(root.resolve(t2 + "_stage2_upscaled.yaml"), "seed: 1");
        TestImages.text(root.resolve(t2 + "_stage2_upscaled.caption"), "a person");
        TestImages.png(root.resolve(t3 + "_stage3_enhanced.png"), 48, 72);
    }

    @Test
    void scanGroupsSetsReadsHeadersAndAttachesCompanions() {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        generation("20250101_000200", "20250101_000230", "20250101_000300");
        catalog.addProject("p", root, null);
        ScanReport r = scan();
        assertThat(r.images()).isEqualTo(6);
        assertThat(r.sets()).isEqualTo(2);
        assertThat(r.singles()).isZero();
        assertThat(r.companions()).isEqualTo(6);
        assertThat(r.problems()).isEmpty();
        StageSet first = catalog.sets("p", 0).get(0);
        assertThat(first.members()).extracting(ImageFile::stage).containsExactly(1.0, 2.0, 3.0);
        assertThat(first.members()).extracting(ImageFile::width).containsExactly(16, 32, 48);
        ImageFile stage2 = first.members().get(1);
        List<CompanionRow> comps = new FileRepository(store).companionsOf(stage2.id());
        assertThat(comps).extracting(CompanionRow::relPath)
                .containsExactly("20250101_000030_stage2_upscaled.caption", "20250101_000030_stage2_upscaled.yaml");
    }

    @Test
    void rescanIsIncrementalAndKeepsVanishedFilesAsMissing() throws IOException {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        catalog.addProject("p", root, null);
        scan();
        ScanReport warm = scan();
        assertThat(warm.unchanged()).isEqualTo(3);
        assertThat(warm.summary().done()).isZero();
        assertThat(warm.setsAdded() + warm.setsChanged() + warm.setsRemoved()).isZero();

        generation("20250101_000200", "20250101_000230", "20250101_000300");
        Path gone = root.resolve("20250101_000100_stage3_enhanced.png");
        Files.delete(gone);
        Path touched = root.resolve("20250101_000001_stage1_generated.png");
        TestImages.png(touched, 20, 30);
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5000));
        ScanReport r = scan();
        assertThat(r.added()).isEqualTo(3);
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        Map<String, ImageFile> index = new FileRepository(store).index("p");
        assertThat(index.get("20250101_000100_stage3_enhanced.png").state()).isEqualTo(FileState.MISSING);
        assertThat(index.get("20250101_000001_stage1_generated.png").width()).isEqualTo(20);
        assertThat(catalog.sets("p", 0)).hasSize(2);
        assertThat(catalog.sets("p", 0).get(0).members()).hasSize(2);
    }

    @Test
    void everyBadInputKindIsRecordedWithAReasonAndTheScanCarriesOn() throws IOException {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        Files.write(root.resolve("20250101_000400_stage1_generated.png"), new byte[0]);
        byte[] good = Files.readAllBytes(root.resolve("20250101_000030_stage2_upscaled.png"));
        Files.write(root.resolve("20250101_000500_stage1_generated.png"), java.util.Arrays.copyOf(good, good.length / 2));
        TestImages.text(root.resolve("20250101_000600_stage1_generated.png"), "this is not an image");
        TestImages.png(root.resolve("holiday.png"), 10, 10);
        TestImages.jpeg(root.resolve("20250101_000700_stage1_generated.jpg"), 10, 10);
        byte[] jpg = Files.readAllBytes(root.resolve("20250101_000700_stage1_generated.jpg"));
        Files.write(root.resolve("20250101_000800_stage1_generated.jpg"), java.util.Arrays.copyOf(jpg, jpg.length - 40));
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), root);
        catalog.addProject("p", root, null);

        ScanReport r = scan();
        Map<String, String> reasons = new TreeMap<>();
        for (Problem p : r.problems()) reasons.put(p.path(), p.reason());
        assertThat(reasons).containsEntry("20250101_000400_stage1_generated.png", "zero-byte")
                .containsEntry("20250101_000500_stage1_generated.png", "truncated")
                .containsEntry("20250101_000600_stage1_generated.png", "not-an-image")
                .containsEntry("20250101_000800_stage1_generated.jpg", "truncated")
                .containsEntry("holiday.png", "unparsed-name")
                .containsEntry("sub/loop", "symlink-loop");
        assertThat(reasons).doesNotContainKey("20250101_000700_stage1_generated.jpg");
        assertThat(r.summary().failed()).as("a name without stage is reported but is no failure")
                .isEqualTo(r.problems().size() - 1);
        assertThat(r.sets()).isEqualTo(1);
        // holiday.png and the good JPEG are valid images: they are singles, not lost.
        assertThat(catalog.singles("p", 0)).extracting(ImageFile::name)
                .contains("holiday.png", "20250101_000700_stage1_generated.jpg");

        ScanReport again = scan();
        assertThat(again.problems()).extracting(Problem::reason)
                .containsExactlyInAnyOrderElementsOf(r.problems().stream().map(Problem::reason).toList());
    }

    @Test
    void unreadableFolderIsReportedNotFatal() throws IOException {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        Path locked = Files.createDirectories(root.resolve("locked"));
        TestImages.png(locked.resolve("20250101_000900_stage1_generated.png"), 8, 8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as root: permissions cannot make a folder unreadable here");
            catalog.addProject("p", root, null);
            ScanReport r = scan();
            assertThat(r.problems()).extracting(Problem::reason).contains("unreadable");
            assertThat(r.sets()).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void scanningNeverChangesTheProjectFolder() throws Exception {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        Files.write(root.resolve("20250101_000400_stage1_generated.png"), new byte[0]);
        Map<String, String> before = snapshot(root);
        catalog.addProject("p", root, null);
        scan();
        scan();
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void winnowOutputFoldersAndHiddenFilesAreNotCatalogued() {
        generation("20250101_000001", "20250101_000030", "20250101_000100");
        TestImages.png(root.resolve("__selected/20250101_000001_stage1_generated.png"), 8, 8);
        TestImages.png(root.resolve(".hidden.png"), 8, 8);
        catalog.addProject("p", root, null);
        assertThat(scan().images()).isEqualTo(3);
    }

    @Test
    void unknownProjectAndMissingRootGiveClearErrors() throws IOException {
        assertThatThrownBy(() -> catalog.scan("nope", ProgressReporter.silent()))
                .hasMessageContaining("unknown project 'nope'");
        catalog.addProject("p", root, null);
        Files.delete(root);
        assertThatThrownBy(this::scan).hasMessageContaining("does not exist");
    }

    @Test
    void manifestImportResolvesRootAgainstTheManifestFolder() throws IOException {
        Path manifest = TestImages.text(tmp.resolve("m/projects/x.project.json"), """
                {"schemaVersion": 1, "projectId": "mojo9", "title": "Mojo9", "status": "finished",
                 "createdAt": "2025-10-01T00:00:00Z", "finishedAt": null, "paths": {"root": "../../mojo9"}}""");
        var row = catalog.importManifest(manifest, null);
        assertThat(row.id()).isEqualTo("mojo9");
        assertThat(row.root()).isEqualTo(tmp.resolve("mojo9").toAbsolutePath().normalize().toString());
        assertThat(row.finishedAt()).isNull();
        assertThat(row.status()).isEqualTo("finished");
    }

    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isRegularFile(p)) continue;
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(digest) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
