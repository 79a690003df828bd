package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.ExifOrientation;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.FileRepository;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class UprightCacheTest extends FixtureTest {

    @Test
    void jpegContentCachedSidewaysIsMeasuredAgainOnceAndPngContentIsKept() throws Exception {
        fixture(1, 0);
        Files.write(fx.root.resolve("20250708_070000_photo.jpg"), ExifJpegs.camera(ExifJpegs.blocks(3, 2, 16), 6, false));
        fx.rescan();
        EmbedReport first = fx.embed();
        assertThat(first.decoded()).isEqualTo(4);
        ImageFile photo = new FileRepository(fx.store).byName(ProjectFixture.ID, "20250708_070000_photo.jpg").get(0);
        ContentRow fresh = new ContentRepository(fx.store).find(photo.contentHash()).orElseThrow();
        assertThat(new int[] {fresh.width(), fresh.height()}).containsExactly(48, 32);
        assertThat(fresh.stats()).containsEntry(ExifOrientation.UPRIGHT_KEY, 1.0);

        // What an embed run before orientation was honoured left: every entry without the mark, the photo sideways.
        fx.store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE content SET stats_json = json_remove(stats_json, '$.\""
                    + ExifOrientation.UPRIGHT_KEY + "\"')")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE content SET width = 32, height = 48 WHERE hash = ?")) {
                ps.setString(1, photo.contentHash());
                ps.executeUpdate();
            }
            return null;
        });
        EmbedReport again = fx.embed();
        assertThat(again.decoded()).as("only the JPEG is decoded again").isEqualTo(1);
        ContentRow redone = new ContentRepository(fx.store).find(photo.contentHash()).orElseThrow();
        assertThat(new int[] {redone.width(), redone.height()}).containsExactly(48, 32);
        assertThat(redone.stats()).containsEntry(ExifOrientation.UPRIGHT_KEY, 1.0);
        assertThat(fx.embed().decoded()).as("once").isZero();
    }
}
