package dev.winnow.demo;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.ProgressReporter;
import dev.winnow.history.HistoryImporter;
import dev.winnow.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue acceptance: original vs final recovers every winner and ~every crop of the demo, from folders and from zips. */
class DemoHistoryRecoveryTest {
    @TempDir
    static Path tmp;
    private static DemoLayout layout;

    @BeforeAll
    static void generate() {
        layout = new DemoGenerator().generate(tmp.resolve("demo"), SmallDemo.config(11));
    }

    @Test
    void recoveryFromFinalFoldersPicksEveryWinnerAndCropsWithinIoU098() throws IOException {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            assertRecoveredWell(recover(tmp.resolve("home-folders"), p, DemoLayout.ProjectPaths::finals));
        }
    }

    @Test
    void recoveryFromTheFinalZipPicksEveryWinnerAndCropsWithinIoU098() throws IOException {
        DemoLayout.ProjectPaths zipped = layout.projects().stream().filter(p -> p.finalZip().isPresent()).findFirst().orElseThrow();
        assertRecoveredWell(recover(tmp.resolve("home-zip"), zipped, p -> p.finalZip().orElseThrow()));
    }

    private static DemoScore recover(Path home, DemoLayout.ProjectPaths p, Function<DemoLayout.ProjectPaths, Path> finals)
            throws IOException {
        try (Store store = Store.open(home)) {
            Catalog catalog = new Catalog(store);
            catalog.addProject(p.id(), p.originals(), "Demo " + p.id());
            catalog.scan(p.id(), ProgressReporter.silent());
            new HistoryImporter(store).recover(p.id(), p.originals(), finals.apply(p), ProgressReporter.silent());
            return new DemoScorecard(store).judge(p.id(), p.truth());
        }
    }

    private static void assertRecoveredWell(DemoScore s) {
        String what = s.project() + ": " + s.summary();
        System.out.println("history vs demo truth, " + what);
        assertThat(s.sets()).as(what).isPositive();
        assertThat(s.cropped()).as("the demo project must have cropped sets to judge: " + what).isPositive();
        assertThat(s.winnersRight()).as(what).isEqualTo(s.sets());
        assertThat(s.croppedShare()).as(what).isGreaterThanOrEqualTo(0.99);
        assertThat(s.uncroppedRight()).as(what).isEqualTo(s.uncropped());
    }
}
