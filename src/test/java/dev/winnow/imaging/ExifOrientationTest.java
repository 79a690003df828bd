package dev.winnow.imaging;

import dev.winnow.common.CropBox;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {
    @TempDir
    Path tmp;

    private static final BufferedImage UPRIGHT = ExifJpegs.blocks(3, 2, 16);

    @Test
    void readsTheOrientationTagInEitherByteOrder() throws Exception {
        byte[] plain = ExifJpegs.jpeg(UPRIGHT);
        assertThat(ExifOrientation.of(ExifJpegs.withOrientation(plain, 6, false))).isEqualTo(6);
        assertThat(ExifOrientation.of(ExifJpegs.withOrientation(plain, 3, true))).isEqualTo(3);
        assertThat(ExifOrientation.of(ExifJpegs.withOrientation(plain, 8, true))).isEqualTo(8);
        Path file = Files.write(tmp.resolve("photo.jpg"), ExifJpegs.withOrientation(plain, 8, false));
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            assertThat(ExifOrientation.of(in)).isEqualTo(8);
            assertThat(in.getStreamPosition()).as("left at the start for a reader").isZero();
        }
    }

    @Test
    void readsNormalWhenTheTagIsAbsentOutOfRangeOrJunk() throws Exception {
        byte[] plain = ExifJpegs.jpeg(UPRIGHT);
        byte[] junk = new byte[40];
        new Random(1).nextBytes(junk);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(UPRIGHT, "png", png);
        assertThat(ExifOrientation.of(plain)).isEqualTo(1);
        assertThat(ExifOrientation.of(ExifJpegs.withOrientation(plain, 9, false))).isEqualTo(1);
        assertThat(ExifOrientation.of(ExifJpegs.withOrientation(plain, 0, true))).isEqualTo(1);
        assertThat(ExifOrientation.of(ExifJpegs.withApp1(plain, junk))).isEqualTo(1);
        assertThat(ExifOrientation.of(ExifJpegs.withApp1(plain, new byte[] {'I', 'I', 42, 0, 8, 0}))).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F})).isEqualTo(1);
        assertThat(ExifOrientation.of(junk)).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[0])).isEqualTo(1);
        assertThat(ExifOrientation.of(png.toByteArray())).isEqualTo(1);
    }

    @Test
    void everyOrientationTurnsStoredPixelsBackToTheUprightPictureExactly() {
        BufferedImage upright = ExifJpegs.blocks(3, 2, 5);
        for (int o = 1; o <= 8; o++) {
            BufferedImage back = ExifOrientation.upright(ExifJpegs.stored(upright, o), o);
            assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertThat(new int[] {back.getWidth(), back.getHeight()}).as("size, orientation " + o).containsExactly(15, 10);
            assertThat(rgb(back)).as("pixels, orientation " + o).containsExactly(rgb(upright));
        }
    }

    @Test
    void aStoredBoxCutAndTurnedShowsTheSamePixelsAsTheUprightBox() {
        BufferedImage upright = ExifJpegs.blocks(4, 3, 5);
        CropBox box = CropBox.fromPixels(3, 2, 14, 11, 20, 15);
        BufferedImage want = upright.getSubimage(3, 2, 11, 9);
        for (int o = 1; o <= 8; o++) {
            BufferedImage stored = ExifJpegs.stored(upright, o);
            int[] px = ExifOrientation.storedBox(box, o).toPixels(stored.getWidth(), stored.getHeight());
            BufferedImage cut = ExifOrientation.upright(stored.getSubimage(px[0], px[1], px[2], px[3]), o);
            assertThat(rgb(cut)).as("orientation " + o).containsExactly(rgb(want));
        }
    }

    @Test
    void decodingACameraJpegGivesTheUprightPictureWholeAndScaled() throws Exception {
        for (int o : new int[] {3, 6, 8, 5}) {
            byte[] camera = ExifJpegs.camera(UPRIGHT, o, o == 8);
            Path file = Files.write(tmp.resolve("camera" + o + ".jpg"), camera);
            assertBlocks(new ImageDecoder().decode(file), 1, "decode, orientation " + o);
            ImageDecoder.Scaled whole = new ImageDecoder().decodeScaled(camera, "c.jpg", 100, (w, h) -> false);
            assertThat(new int[] {whole.width(), whole.height()}).containsExactly(48, 32);
            assertBlocks(whole.working(), 1, "decodeScaled, orientation " + o);
            ImageDecoder.Scaled half = new ImageDecoder().decodeScaled(camera, "c.jpg", 24, (w, h) -> false);
            assertThat(new int[] {half.width(), half.height()}).containsExactly(48, 32);
            assertBlocks(half.working(), 2, "decodeScaled to half, orientation " + o);
        }
    }

    /** Each 16 px block of {@link #UPRIGHT} (scaled down {@code by}) has its colour at its centre, give or take JPEG. */
    private static void assertBlocks(BufferedImage img, int by, String what) {
        assertThat(new int[] {img.getWidth(), img.getHeight()}).as(what).containsExactly(48 / by, 32 / by);
        for (int b = 0; b < 6; b++) {
            int x = (b % 3 * 16 + 8) / by, y = (b / 3 * 16 + 8) / by;
            int got = img.getRGB(x, y), want = ExifJpegs.blockColor(b);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertThat(Math.abs((got >> shift & 0xff) - (want >> shift & 0xff))).as(what + " block " + b).isLessThan(40);
            }
        }
    }

    private static int[] rgb(BufferedImage img) {
        int[] out = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xFFFFFF;
        return out;
    }
}
