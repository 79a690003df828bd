package dev.winnow.store;

import dev.winnow.catalog.Catalog;
import dev.winnow.catalog.ScanReport;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class JpegSizeMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreFromBeforeOrientationWasHonouredReadsEachJpegHeaderOnceMoreAndDropsItsPixelVectors() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("project"));
        // Stored 32 wide and 48 high, shown 48 wide and 32 high (Orientation 6).
        Files.write(root.resolve("20250101_000001_photo.jpg"), ExifJpegs.camera(ExifJpegs.blocks(3, 2, 16), 6, false));
        Path home = tmp.resolve("home");
        long id;
        try (Store old = Store.open(home, Migrations.fromClasspath().before(60))) {
            Catalog catalog = new Catalog(old);
            catalog.addProject("p", root, null);
            catalog.scan("p", ProgressReporter.silent());
            id = new FileRepository(old).present("p").get(0).id();
            // What the older scan recorded: the stored, sideways size; and vectors of its sideways pixels.
            old.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE files SET width = 32, height = 48, content_hash = 'h'")) {
                    ps.executeUpdate();
                }
                return null;
            });
            EmbeddingRepository vectors = new EmbeddingRepository(old);
            vectors.save("h", "pixels/v2", new float[] {1, 2});
            vectors.save("h", "onnx:clip-1234", new float[] {3, 4});
            vectors.save("h", "import:old-cache", new float[] {5, 6});
        }
        try (Store upgraded = Store.open(home)) {
            EmbeddingRepository vectors = new EmbeddingRepository(upgraded);
            assertThat(vectors.find("h", "pixels/v2")).as("made from sideways pixels").isEmpty();
            assertThat(vectors.find("h", "onnx:clip-1234")).isEmpty();
            assertThat(vectors.find("h", "import:old-cache")).as("the user's imported cache stays").isPresent();
            Catalog catalog = new Catalog(upgraded);
            ScanReport once = catalog.scan("p", ProgressReporter.silent());
            assertThat(once.changed()).isEqualTo(1);
            ImageFile fixed = new FileRepository(upgraded).present("p").get(0);
            assertThat(new int[] {fixed.width(), fixed.height()}).containsExactly(48, 32);
            assertThat(fixed.id()).isEqualTo(id);
            ScanReport again = catalog.scan("p", ProgressReporter.silent());
            assertThat(again.unchanged()).as("read once, not on every scan").isEqualTo(1);
        }
    }
}
