package dev.winnow.review;

import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pace and agreement from stored choices (times written as a past session would have left them). */
class ReviewStatsTest {

    @Test
    void paceCountsActiveTimeOnlyAndAgreementAndOverridesComeFromTheLastChoiceOfEachSet(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 2, 2, 2, 2, 2).withPredictions()) {
            ReviewBatchRow b = fx.batchOfAllSets();
            ReviewChoiceRepository repo = new ReviewChoiceRepository(fx.store);
            long top0 = fx.sets.get(0).highest().id(), low0 = fx.sets.get(0).members().get(0).id();
            // session A: 4 choices 10 s apart, then one after a 20-minute break; set 0 changed its mind once.
            choice(repo, b, "A", fx.sets.get(0).id(), low0, top0, "2025-07-08T10:00:00Z", false);
            choice(repo, b, "A", fx.sets.get(0).id(), top0, top0, "2025-07-08T10:00:10Z", false);
            choice(repo, b, "A", fx.sets.get(1).id(), fx.sets.get(1).highest().id(), null, "2025-07-08T10:00:20Z", false);
            choice(repo, b, "A", fx.sets.get(2).id(), fx.sets.get(2).members().get(0).id(), fx.sets.get(2).highest().id(), "2025-07-08T10:00:30Z", false);
            choice(repo, b, "A", fx.sets.get(3).id(), null, null, "2025-07-08T10:20:30Z", false);
            choice(repo, b, "A", fx.sets.get(4).id(), fx.sets.get(4).highest().id(), fx.sets.get(4).highest().id(), "2025-07-08T10:20:40Z",
                    true); // undone

            ReviewStats.Report r = new ReviewStats(fx.store).report(ReviewFixture.PROJECT);

            assertThat(r.totals().decisions()).isEqualTo(4);
            assertThat(r.totals().withAi()).isEqualTo(2);
            assertThat(r.totals().agreed()).isEqualTo(1);
            assertThat(r.totals().keptHighest()).as("the baseline: set 0 kept its top stage, set 2 a lower one").isEqualTo(1);
            ReviewStats.SessionPace a = r.sessions().get(0);
            assertThat(a.decisions()).isEqualTo(4);
            assertThat(a.activeMinutes()).as("10:00:10 -> 10:00:20 -> 10:00:30; the 20-minute gap is a break").isCloseTo(20 / 60.0, within(1e-9));
            assertThat(a.setsPerMinute()).isCloseTo(3 / (20 / 60.0), within(1e-9));
            assertThat(r.byProject()).singleElement().satisfies(p -> {
                assertThat(p.rejections()).isEqualTo(1);
                assertThat(p.agreed()).isEqualTo(1);
            });
            assertThat(r.overrides()).singleElement().satisfies(o -> {
                assertThat(o.set()).as("the set by its key, not an internal id").isEqualTo(fx.sets.get(2).key());
                assertThat(o.aiKept()).isEqualTo("stage 3");
                assertThat(o.curatorKept()).isEqualTo("stage 2");
                assertThat(o.aiConfidence()).isCloseTo(0.75, within(1e-9));
            });
            assertThat(r.agreementByDay()).singleElement().satisfies(d -> assertThat(d.withAi()).isEqualTo(2));
        }
    }

    @Test
    void autoAcceptedSetsCountApartWithHowManyTheCuratorLaterChanged(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 2, 2, 2, 2, 2).withPredictions()) {
            ReviewBatchRow b = fx.batchOfAllSets();
            ReviewChoiceRepository repo = new ReviewChoiceRepository(fx.store);
            ReviewChoiceRow[] auto = new ReviewChoiceRow[4];
            for (int i = 0; i < 4; i++) {
                long top = fx.sets.get(i).highest().id();
                auto[i] = repo.insert(new ReviewChoiceRow(0, b.id(), "A", b.projectId(), fx.sets.get(i).id(), "choose", top,
                        null, null, top, "{\"confidence\":0.97}", true, "2025-07-08T10:00:0" + i + "Z", null, "auto", 0.95, null));
            }
            repo.undo(auto[0], ReviewChoiceRepository.BY_CURATOR);                  // reverted: changed
            choice(repo, b, "A", fx.sets.get(1).id(), fx.sets.get(1).members().get(0).id(), fx.sets.get(1).highest().id(),
                    "2025-07-08T10:01:00Z", false);                                   // another member: changed
            choice(repo, b, "A", fx.sets.get(2).id(), fx.sets.get(2).highest().id(), fx.sets.get(2).highest().id(),
                    "2025-07-08T10:02:00Z", false);                                   // the same: confirmed
            repo.undo(repo.insert(new ReviewChoiceRow(0, b.id(), "A", b.projectId(), fx.sets.get(4).id(), "choose",
                    fx.sets.get(4).highest().id(), null, null, null, null, null, "2025-07-08T10:03:00Z", null, "auto", 0.99, null)),
                    ReviewChoiceRepository.BY_CUT);                                   // taken back by a raised cut: not counted

            ReviewStats.Report r = new ReviewStats(fx.store).report(ReviewFixture.PROJECT);

            assertThat(r.autoAccepted()).isEqualTo(new ReviewStats.AutoAccepted(4, 1, 1, 2));
            assertThat(r.totals().decisions()).as("only the curator's own choices").isEqualTo(2);
        }
    }

    private static void choice(ReviewChoiceRepository repo, ReviewBatchRow b, String session, long setId, Long fileId,
                               Long aiPick, String at, boolean undone) {
        String ai = aiPick == null ? null : "{\"pickFileId\":" + aiPick + ",\"confidence\":0.75}";
        repo.insert(new ReviewChoiceRow(0, b.id(), session, b.projectId(), setId, fileId == null ? "reject" : "choose",
                fileId, null, null, aiPick, ai, aiPick == null ? null : aiPick.equals(fileId), at, null));
        if (undone) repo.undoLast(b.id());
    }
}
