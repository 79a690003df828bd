package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CropWriterTest {

    @Test
    void aPngCropKeepsTheGenerationParametersAndTheAlphaAndNeverOverwrites(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("a_stage3_enhanced.png");
        BufferedImage img = new BufferedImage(40, 60, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(30, 40, 0x80ff0000);
        writeWithText(img, src, "parameters", "a castle, seed 42");
        byte[] before = Files.readAllBytes(src);

        Path out = tmp.resolve("out.png");
        int[] size = new CropWriter().write(src, new CropBox(0.5, 0.5, 1.0, 1.0), out);

        assertThat(size).containsExactly(20, 30);
        BufferedImage cropped = ImageIO.read(out.toFile());
        assertThat(cropped.getRGB(10, 10)).isEqualTo(0x80ff0000);
        assertThat(cropped.getColorModel().hasAlpha()).isTrue();
        assertThat(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("a castle, seed 42");
        assertThat(Files.readAllBytes(src)).as("the original is only read").isEqualTo(before);
        assertThatThrownBy(() -> new CropWriter().write(src, new CropBox(0, 0, 1, 1), out))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void aCameraJpegIsCutInTheUprightFrameAndWrittenUprightWithoutTouchingTheOriginal(@TempDir Path tmp) throws Exception {
        // 4 x 3 blocks of 16 px upright; the box takes blocks (1..2, 1..2): the middle of the lower two rows.
        BufferedImage upright = ExifJpegs.blocks(4, 3, 16);
        CropBox box = CropBox.fromPixels(16, 16, 48, 48, 64, 48);
        for (int o : new int[] {3, 6, 8}) {
            Path src = Files.write(tmp.resolve("photo" + o + ".jpg"), ExifJpegs.camera(upright, o, o == 3));
            byte[] before = Files.readAllBytes(src);
            Path out = tmp.resolve("cut" + o + ".jpg");
            assertThat(new CropWriter().write(src, box, out)).as("orientation " + o).containsExactly(32, 32);
            assertThat(dev.winnow.imaging.ExifOrientation.of(Files.readAllBytes(out))).isEqualTo(1);
            BufferedImage cut = ImageIO.read(out.toFile());
            int[][] blocks = {{0, 0, 5}, {16, 0, 6}, {0, 16, 9}, {16, 16, 10}};
            for (int[] b : blocks) {
                int got = cut.getRGB(b[0] + 8, b[1] + 8), want = ExifJpegs.blockColor(b[2]);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertThat(Math.abs((got >> shift & 0xff) - (want >> shift & 0xff)))
                            .as("orientation " + o + ", block " + b[2]).isLessThan(40);
                }
            }
            assertThat(Files.readAllBytes(src)).isEqualTo(before);
        }
    }

    @Test
    void formatsImageIoCannotWriteBecomePngWithTheSameStem() {
        assertThat(CropWriter.outputName("x_stage3.webp")).isEqualTo("x_stage3.png");
        assertThat(CropWriter.outputName("x_stage3.PNG")).isEqualTo("x_stage3.PNG");
        assertThat(CropWriter.outputName("x.jpeg")).isEqualTo("x.jpeg");
    }

    private static void writeWithText(BufferedImage img, Path file, String key, String value) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("value", value);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        meta.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(new IIOImage(img, null, meta));
        }
        w.dispose();
    }
}
