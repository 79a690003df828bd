package dev.winnow.demo;

import dev.winnow.common.CropBox;
import dev.winnow.demo.DemoTruth.TruthFile;
import dev.winnow.demo.DemoTruth.TruthSet;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoScorecardTest {
    @TempDir
    Path tmp;

    private static TruthSet set(String id, String winner, double[] crop) {
        List<TruthFile> members = List.of(new TruthFile(id + "1.png", 1, 100, 100, List.of()),
                new TruthFile(id + "2.png", 2, 200, 200, List.of()));
        return new TruthSet(id, 1, false, members, winner, true, false, null, crop, null);
    }

    private static Decision decision(String source, String set, String chosen, String cropState, CropBox crop) {
        List<String> losers = new ArrayList<>(List.of(set + "1.png", set + "2.png"));
        losers.remove(chosen);
        return Decision.from("p", source, "test", source).setRef(set).kept(chosen, null).losers(losers)
                .crop(cropState, crop).fingerprint(source + ":" + set).build();
    }

    @Test
    void gradesWinnersCropsAndReviewsOnlyFromHistoryDecisions() {
        DemoTruth truth = new DemoTruth("p", 1, 1, true, "all", 8, 8, null, List.of(
                set("a", "a2.png", new double[] {0.1, 0.1, 0.9, 0.9}),
                set("b", "b2.png", new double[] {0.2, 0.0, 0.8, 0.6}),
                set("c", null, null),
                set("d", "d2.png", null),
                set("e", "e2.png", new double[] {0, 0, 0.5, 0.5}),
                set("f", "f2.png", null),
                set("g", null, null),
                set("h", null, null)), List.of());
        try (Store store = Store.open(tmp)) {
            DecisionRepository repo = new DecisionRepository(store);
            repo.insert(decision("history", "a", "a2.png", "box", new CropBox(0.1, 0.1, 0.9, 0.9)));
            repo.insert(decision("history", "b", "b1.png", "box", new CropBox(0.2, 0.0, 0.8, 0.6)));
            repo.insert(decision("log", "b", "b2.png", "box", new CropBox(0.2, 0.0, 0.8, 0.6)));
            repo.insert(decision("history", "c", null, "not_recorded", null));
            repo.insert(decision("history", "d", "d2.png", "uncropped", CropBox.FULL));
            repo.insert(decision("history", "e", "e2.png", "needs_review", null));
            repo.insert(decision("history", "h", "h1.png", "uncropped", CropBox.FULL));

            DemoScore s = new DemoScorecard(store).judge("p", truth);

            assertThat(s.sets()).isEqualTo(8);
            assertThat(s.winnersRight()).as("a, c (rejected by decision), d, e and g (rejected, no decision); not h (kept)")
                    .isEqualTo(5);
            assertThat(s.cropped()).isEqualTo(3);
            assertThat(s.croppedIoU98()).as("b's box is right but its winner is not; e has no box").isEqualTo(1);
            assertThat(s.meanIoU()).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(s.uncropped()).isEqualTo(2);
            assertThat(s.uncroppedRight()).isEqualTo(1);
            assertThat(s.needsReview()).isEqualTo(1);
            assertThat(s.summary()).startsWith("5/8 winners, 1/3 crops IoU>=0.98 (mean 0.333)");
        }
    }
}
