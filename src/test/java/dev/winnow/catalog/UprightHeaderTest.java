package dev.winnow.catalog;

import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.FileRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class UprightHeaderTest {
    @TempDir
    Path tmp;

    private static final BufferedImage UPRIGHT = ExifJpegs.blocks(3, 2, 16);

    @Test
    void headerOfACameraJpegReportsTheUprightSize() throws Exception {
        ImageHeaderReader reader = new ImageHeaderReader();
        for (int o = 1; o <= 8; o++) {
            Path f = Files.write(tmp.resolve("o" + o + ".jpg"), ExifJpegs.camera(UPRIGHT, o, o % 2 == 0));
            assertThat(reader.read(f)).as("orientation " + o).isEqualTo(new ImageHeader("jpeg", 48, 32));
        }
        Path plain = Files.write(tmp.resolve("plain.jpg"), ExifJpegs.jpeg(ExifJpegs.stored(UPRIGHT, 6)));
        assertThat(reader.read(plain)).isEqualTo(new ImageHeader("jpeg", 32, 48));
    }

    @Test
    void aJpegWithoutFrameHeaderIsABadHeaderNotACrash() throws Exception {
        byte[] soiEoi = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, 0, 4, 'h', 'i', (byte) 0xFF, (byte) 0xD9};
        Path f = Files.write(tmp.resolve("empty.jpg"), soiEoi);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImageHeaderReader().read(f))
                .isInstanceOfSatisfying(BadImageException.class, e -> assertThat(e.reason()).isEqualTo("bad-header"));
    }
}
