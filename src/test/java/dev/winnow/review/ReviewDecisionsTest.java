package dev.winnow.review;

import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a finalized batch leaves for learning: decisions in the store and rows in the CSV logs. */
class ReviewDecisionsTest {

    @Test
    void finalizeStoresOneReviewDecisionPerSetWithTheAiSuggestionAndAppendsTheCsvLogs(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2).withPredictions()) {
            Instant before = Instant.now();
            ReviewSession s = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> { });
            String batch = s.page().batch().id();
            ImageFile low = fx.sets.get(0).members().get(1);
            s.choose(batch, fx.sets.get(0).id(), low.id(), "ai", null);                   // overrides the AI pick
            s.choose(batch, fx.sets.get(1).id(), fx.sets.get(1).highest().id(), null, null);
            s.choose(batch, fx.sets.get(2).id(), null, null, null);                        // reject; AI suggested a pick
            s.finalizeBatch(batch);

            List<Decision> rows = new DecisionRepository(fx.store).forProject(ReviewFixture.PROJECT);
            assertThat(rows).hasSize(3).allMatch(d -> d.source().equals("review") && d.sourceRef().equals(batch));
            Decision d0 = rows.stream().filter(d -> d.setId() == fx.sets.get(0).id()).findFirst().orElseThrow();
            assertThat(d0.chosenName()).isEqualTo(low.name());
            assertThat(d0.chosenFileId()).isEqualTo(low.id());
            assertThat(d0.chosenStage()).isEqualTo(1.5);
            assertThat(d0.cropState()).isEqualTo("box");
            assertThat(d0.crop()).isEqualTo(ReviewFixture.AI_CROP);
            assertThat(d0.loserNames()).hasSize(3).doesNotContain(low.name());
            assertThat(d0.rawJson()).contains("\"aiAgreed\":false").contains("\"pickFileId\":" + fx.sets.get(0).highest().id())
                    .contains("stage 3 face region changed strongly");
            assertThat(Instant.parse(d0.loggedAt())).isBetween(before, Instant.now());
            Decision d2 = rows.stream().filter(d -> d.setId() == fx.sets.get(2).id()).findFirst().orElseThrow();
            assertThat(d2.rejectsAll()).isTrue();
            assertThat(d2.loserNames()).hasSize(2);

            List<CSVRecord> sel = csv(fx.home.resolve("logs/review_selection_log.csv"));
            assertThat(sel.get(0).values()).containsExactly(ReviewCsvLog.SELECTION_HEADER);
            assertThat(sel).hasSize(4);
            CSVRecord first = sel.stream().filter(r -> r.get(1).equals("set_" + fx.sets.get(0).id())).findFirst().orElseThrow();
            assertThat(first.get(0)).isEqualTo(s.id()).matches("\\d{8}_\\d{6}_[0-9a-f]{4}");
            assertThat(first.get(2)).isEqualTo(ReviewFixture.PROJECT + "/" + low.relPath());
            assertThat(first.get(3)).startsWith("[\"" + ReviewFixture.PROJECT + "/").contains(fx.sets.get(0).highest().name());
            assertThat(first.get(4)).isEqualTo(d0.loggedAt());
            assertThat(sel.stream().filter(r -> r.get(1).equals("set_" + fx.sets.get(2).id())).findFirst().orElseThrow().get(2)).isEmpty();

            List<CSVRecord> crops = csv(fx.home.resolve("logs/review_crop_log.csv"));
            assertThat(crops.get(0).values()).containsExactly(ReviewCsvLog.CROP_HEADER);
            assertThat(crops.get(1).values()).containsExactly(d0.loggedAt(), ReviewFixture.PROJECT, low.name(), "0.100000",
                    "0.050000", "0.700000", "0.650000", String.valueOf(low.width()), String.valueOf(low.height()), "true");

            assertThat(new ReviewDecisions(fx.store).publish(new dev.winnow.store.ReviewBatchRepository(fx.store).find(batch).orElseThrow(),
                    new dev.winnow.store.ReviewBatchRepository(fx.store).sets(batch))).as("publishing again adds nothing").isZero();
            assertThat(csv(fx.home.resolve("logs/review_selection_log.csv"))).hasSize(4);
        }
    }

    @Test
    void undoTakesBackTheLastChoiceAndTheOneBeforeItComesBack(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3).withPredictions()) {
            ReviewSession s = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> { });
            String batch = s.page().batch().id();
            long set = fx.sets.get(0).id();
            s.choose(batch, set, fx.sets.get(0).members().get(0).id(), null, null);
            s.choose(batch, set, fx.sets.get(0).members().get(2).id(), "ai", null);
            ReviewSession.ChoiceResult r = s.undo(batch).orElseThrow();
            assertThat(r.setId()).isEqualTo(set);
            assertThat(r.choice().fileId()).isEqualTo(fx.sets.get(0).members().get(0).id());
            assertThat(r.progress().done()).isEqualTo(1);
            s.undo(batch);
            assertThat(s.undo(batch)).isEmpty();
            List<ReviewChoiceRow> all = new ReviewChoiceRepository(fx.store).all(ReviewFixture.PROJECT);
            assertThat(all).hasSize(2).allMatch(c -> c.undoneAt() != null);
        }
    }

    @Test
    void choicesThatDoNotFitTheSetAreRefused(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3, 2).withPredictions()) {
            ReviewSession s = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> { });
            String batch = s.page().batch().id();
            long set0 = fx.sets.get(0).id(), set1 = fx.sets.get(1).id();
            assertThatThrownBy(() -> s.choose(batch, set0, fx.sets.get(1).members().get(0).id(), null, null))
                    .hasMessageContaining("not a member");
            assertThatThrownBy(() -> s.choose(batch, set1, fx.sets.get(1).members().get(0).id(), "ai", null))
                    .as("set 1 has no prediction").hasMessageContaining("no AI crop");
            assertThatThrownBy(() -> s.choose(batch, set0, fx.sets.get(0).members().get(0).id(), "editor",
                    new dev.winnow.common.CropBox(0.5, 0.5, 1.4, 1.4))).hasMessageContaining("inside the image");
            assertThatThrownBy(() -> s.choose("other-b1", set0, null, null, null)).hasMessageContaining("unknown batch");
        }
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.parse(r).getRecords();
        }
    }
}
