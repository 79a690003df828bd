package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17.8/17.9: scan checks what it catalogues and says what it could not. */
class DamagedFolderTest {
    @TempDir
    Path tmp;

    private static String name(int set, String stage) {
        return String.format("20250101_0000%02d_%s.png", set, stage);
    }

    @Test
    void damagedOrImpossibleHeadersAreRefusedWithAReasonAndNeverBecomeMembers() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        Path good = TestImages.png(tmp.resolve("good.png"), 40, 60);
        for (int set = 0; set < 4; set++) {
            TestImages.png(root.resolve(name(set, "stage1_generated")), 40, 60);
            Path top = root.resolve(name(set, "stage2_upscaled"));
            switch (set) {
                case 0 -> TestImages.png(top, 80, 120);
                case 1 -> TestImages.pngWithBadHeaderChecksum(good, top);
                case 2 -> TestImages.pngDeclaring(good, top, 100_000, 100_000);
                default -> TestImages.pngDeclaring(good, top, (1L << 31) - 1, (1L << 31) - 1);
            }
        }
        try (Store store = Store.open(tmp.resolve("home"))) {
            Catalog catalog = new Catalog(store);
            catalog.addProject("p", root, null);
            ScanReport r = catalog.scan("p", ProgressReporter.silent());
            Map<String, String> reasons = r.problems().stream().collect(Collectors.toMap(Problem::path, Problem::reason));
            assertThat(reasons).isEqualTo(Map.of(name(1, "stage2_upscaled"), "bad-header", name(2, "stage2_upscaled"), "too-large",
                    name(3, "stage2_upscaled"), "too-large"));
            assertThat(r.problems()).filteredOn(p -> p.reason().equals("too-large"))
                    .allSatisfy(p -> assertThat(p.detail()).contains("the limit is 200,000,000"));
            assertThat(r.summary().failed()).isEqualTo(3);
            List<StageSet> sets = catalog.sets("p", 0);
            assertThat(sets).hasSize(1);
            assertThat(sets.get(0).members()).extracting(ImageFile::name)
                    .containsExactly(name(0, "stage1_generated"), name(0, "stage2_upscaled"));
            assertThat(catalog.singles("p", 0)).extracting(ImageFile::name).as("every good image is still catalogued")
                    .containsExactlyInAnyOrder(name(1, "stage1_generated"), name(2, "stage1_generated"), name(3, "stage1_generated"));
        }
    }

    @Test
    void whatIsNotAFileIsCountedWithItsReasonInTheSummary() throws Exception {
        Assumptions.assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "links and FIFOs: POSIX only");
        Path root = Files.createDirectories(tmp.resolve("p"));
        TestImages.png(root.resolve(name(0, "stage1_generated")), 40, 60);
        TestImages.png(root.resolve(name(0, "stage2_upscaled")), 80, 120);
        Files.createSymbolicLink(root.resolve(name(1, "stage1_generated")), tmp.resolve("gone.png"));
        Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(root.resolve("loop/back"), root);
        Files.createDirectories(root.resolve(name(2, "stage2_upscaled")));
        Path fifo = root.resolve(name(3, "stage1_generated"));
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        try (Store store = Store.open(tmp.resolve("home"))) {
            Catalog catalog = new Catalog(store);
            catalog.addProject("p", root, null);
            ScanReport r = catalog.scan("p", ProgressReporter.silent());
            assertThat(r.skipped()).isEqualTo(Map.of("dangling-symlink", 1, "symlink-loop", 1, "not-a-file", 1,
                    "folder-named-as-image", 1));
            assertThat(r.problems()).filteredOn(p -> p.reason().equals("dangling-symlink")).singleElement()
                    .satisfies(p -> assertThat(p.detail()).contains(tmp.resolve("gone.png").toString()));
            assertThat(r.summary().failed()).as("the folder named like an image is a notice, not a failure").isEqualTo(3);
            assertThat(r.images()).isEqualTo(2);
            assertThat(catalog.sets("p", 0)).hasSize(1);
        }
    }
}
