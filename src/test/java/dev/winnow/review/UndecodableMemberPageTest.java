package dev.winnow.review;

import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.domain.ImageFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17.6: the reviewer's page says which member's image failed to decode, and why. */
class UndecodableMemberPageTest {
    @TempDir
    Path tmp;

    @Test
    void theMemberCarriesTheDecodeFailure() throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3)) {
            ImageFile bad = fx.sets.get(0).members().get(1);
            new FileRepository(fx.store).setContentHash(bad.id(), "h-bad");
            new DecodeFailureRepository(fx.store).save("h-bad", "corrupt", "bad zlib stream");
            BatchPage page = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> { }).page();
            assertThat(page.sets().get(0).members()).extracting(BatchPage.Member::undecodable)
                    .containsExactly(null, "corrupt: bad zlib stream", null);
        }
    }
}
