package dev.winnow.review;

import dev.winnow.store.PredictionRow;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.domain.StageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cut measured on the project's own reviewed sets, once there are enough of them at the cut; what the cut may take. */
class AutoAcceptTest {

    @Test
    void ownAgreementCountsTheCuratorsChoicesWhoseSuggestionReachedTheCutBesideTheHighestStage(@TempDir Path tmp) throws Exception {
        int n = AutoAccept.MIN_OWN + 4;
        int[] sizes = new int[n + 3];
        java.util.Arrays.fill(sizes, 2);
        try (ReviewFixture fx = ReviewFixture.create(tmp, sizes)) {
            ReviewBatchRow b = fx.batchOfAllSets();
            ReviewChoiceRepository repo = new ReviewChoiceRepository(fx.store);
            AutoAccept auto = new AutoAccept(fx.store, new ReviewDecisions(fx.store));
            for (int i = 0; i < n + 3; i++) {
                StageSet s = fx.sets.get(i);
                long top = s.highest().id(), low = s.members().get(0).id();
                boolean sure = i < n;                   // the last three were below the cut
                long kept = i % 4 == 0 ? low : top;     // a quarter kept the lower stage
                repo.insert(new ReviewChoiceRow(0, b.id(), "A", b.projectId(), s.id(), "choose", kept, null, null, top,
                        "{\"confidence\":" + (sure ? 0.96 : 0.6) + "}", kept == top, "2025-07-08T10:00:00Z", null));
                if (i == AutoAccept.MIN_OWN - 2) assertThat(auto.own(ReviewFixture.PROJECT, 0.9)).as("too few yet").isEmpty();
            }
            CutAgreement a = auto.own(ReviewFixture.PROJECT, 0.9).orElseThrow();
            assertThat(a.sets()).isEqualTo(n + 3);
            assertThat(a.accepted()).isEqualTo(n);
            assertThat(a.agreement()).isCloseTo(18 / 24.0, within(1e-12));
            assertThat(a.baseline()).as("the AI picked the top stage each time: same as the baseline").isCloseTo(18 / 24.0, within(1e-12));
            assertThat(auto.own(ReviewFixture.PROJECT, 0.97)).isEmpty();
        }
    }

    @Test
    void aSuggestedRejectIsNeverAcceptedHoweverSureTheModelIs() {
        // A single the keep model would reject at 99%: auto-accept only ever keeps a member, never deletes for the curator.
        AiSuggestion reject = AiSuggestion.of(new PredictionRow(7, null, 0.99, 0, null, "reject", null, null, null,
                Map.of(), "now"));
        AiSuggestion keep = AiSuggestion.of(new PredictionRow(8, 80L, 0.99, 0, null, "keep", null, null, null,
                Map.of(), "now"));
        assertThat(reject.acceptedAt(0.5)).isFalse();
        assertThat(keep.acceptedAt(0.5)).isTrue();
    }
}
