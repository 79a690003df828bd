package dev.winnow.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JpegWriterTest {
    @Test
    void writesTheSameFileAsImageIOGivenThePackedImage(@TempDir Path dir) throws Exception {
        BufferedImage img = new SyntheticPortrait(8).render(131, 77);
        Path ours = dir.resolve("ours.jpg"), plain = dir.resolve("plain.jpg");
        new JpegWriter(0.85f).write(img, ours);

        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(plain.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(plain));
        assertThat(ImageIO.read(ours.toFile()).getWidth()).isEqualTo(131);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ours.jpg", "plain.jpg");
        }
    }
}
