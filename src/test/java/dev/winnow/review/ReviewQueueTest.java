package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueTest {

    private static PredictionRow prediction(StageSet s, double confidence, double anomaly) {
        return new PredictionRow(s.id(), s.highest().id(), confidence, anomaly, null, null, "r", "a", "c", Map.of(), null);
    }

    @Test
    void triagePutsFlaggedThenUncertainSetsFirstAndTimeOrderKeepsGenerationOrder(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 2, 2, 2, 2, 2)) {
            List<StageSet> sets = fx.sets;
            Map<Long, PredictionRow> p = new HashMap<>();
            p.put(sets.get(0).id(), prediction(sets.get(0), 0.99, 0.01));   // sure
            p.put(sets.get(1).id(), prediction(sets.get(1), 0.60, 0.05));   // unsure pick
            p.put(sets.get(2).id(), prediction(sets.get(2), 0.95, 0.90));   // likely anomaly
            p.put(sets.get(3).id(), prediction(sets.get(3), 0.90, 0.02));
            // set 4 has no prediction: reviewable, counted as fully uncertain, after the flagged set

            List<Long> triage = ReviewQueue.order(sets, p, ReviewOrder.TRIAGE).stream().map(StageSet::id).toList();
            List<Long> time = ReviewQueue.order(sets, p, ReviewOrder.TIME).stream().map(StageSet::id).toList();

            assertThat(triage).containsExactly(sets.get(2).id(), sets.get(4).id(), sets.get(1).id(), sets.get(3).id(), sets.get(0).id());
            assertThat(time).containsExactlyElementsOf(sets.stream().map(StageSet::id).toList());
        }
    }

    @Test
    void aSuggestionWithoutAnyOpinionComesAfterTheDoubtedAndBrokenLookingSetsNotFirst(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 2, 2, 2, 2)) {
            List<StageSet> sets = fx.sets;
            Map<Long, PredictionRow> p = new HashMap<>();
            p.put(sets.get(0).id(), prediction(sets.get(0), 0.0, 0.0));     // no model has an opinion (a single, no keep model)
            p.put(sets.get(1).id(), prediction(sets.get(1), 0.40, 0.70));   // likely broken
            p.put(sets.get(2).id(), prediction(sets.get(2), 0.97, 0.03));   // sure
            p.put(sets.get(3).id(), prediction(sets.get(3), 0.45, 0.10));   // unsure pick
            List<Long> triage = ReviewQueue.order(sets, p, ReviewOrder.TRIAGE).stream().map(StageSet::id).toList();
            assertThat(triage).containsExactly(sets.get(1).id(), sets.get(3).id(), sets.get(0).id(), sets.get(2).id());
            // A set the detector flagged though its pick keeps the highest stage ("worth a look") joins the flagged at
            // the front, ahead of every unflagged one.
            p.put(sets.get(2).id(), new PredictionRow(sets.get(2).id(), sets.get(2).highest().id(), 0.97, 0.03, null, null,
                    "r", "a", "c", Map.of(), null, null, null, true));
            assertThat(ReviewQueue.order(sets, p, ReviewOrder.TRIAGE)).extracting(StageSet::id)
                    .containsExactly(sets.get(1).id(), sets.get(2).id(), sets.get(3).id(), sets.get(0).id());
        }
    }

    @Test
    void batchesHoldAtMostTheBatchSizeAndNeverShareASet(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 2, 3, 2, 4, 2)) {
            ReviewQueue queue = new ReviewQueue(fx.store, 2);
            ReviewBatchRow first = queue.current(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow();
            assertThat(queue.current(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow().id())
                    .as("the open batch is resumed").isEqualTo(first.id());
            ReviewBatchRow second = queue.next(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow();
            ReviewBatchRepository repo = new ReviewBatchRepository(fx.store);
            assertThat(repo.sets(first.id())).extracting(s -> s.setId()).containsExactly(fx.sets.get(0).id(), fx.sets.get(1).id());
            assertThat(repo.sets(second.id())).extracting(s -> s.setId()).containsExactly(fx.sets.get(2).id(), fx.sets.get(3).id());
            assertThat(first.id()).isEqualTo(ReviewFixture.PROJECT + "-b1");
            assertThat(repo.sets(first.id()).get(1).memberIds()).containsExactlyElementsOf(
                    fx.sets.get(1).members().stream().map(ImageFile::id).toList());
        }
    }

    @Test
    void aSetWithAMemberNoLongerPresentIsLeftOut(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3, 3)) {
            Files.delete(fx.root.resolve(fx.sets.get(0).members().get(2).relPath()));
            new dev.winnow.catalog.Catalog(fx.store).scan(ReviewFixture.PROJECT, dev.winnow.common.ProgressReporter.silent());
            ReviewBatchRow b = new ReviewQueue(fx.store, 100).current(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow();
            assertThat(new ReviewBatchRepository(fx.store).sets(b.id())).extracting(s -> s.setKey())
                    .doesNotContain(fx.sets.get(0).members().get(2).relPath());
        }
    }

    @Test
    void aSuggestionWithoutAUsefulCropShowsNoCropAndNoMadeUpReason() {
        PredictionRow full = new PredictionRow(1, 2L, 0.8, 0.1, new CropBox(0, 0, 1, 0.999), null, "r", null, null, Map.of(), null);
        AiSuggestion a = AiSuggestion.of(full);
        assertThat(a.crop()).isNull();
        assertThat(a.reason()).as("the page shows the one confidence figure itself; no second one in a reason").isNull();
        assertThat(a.anomaly()).isFalse();
        assertThat(a.agreesWith(false, 2L)).isTrue();
        assertThat(a.agreesWith(true, null)).isFalse();
    }
}
