package dev.winnow.imaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngDecoderTest {
    private final ImageDecoder decoder = new ImageDecoder();

    /** Colour types 0 (gray), 4 (gray + alpha), 2 (RGB) and 6 (RGBA); rows cycle through all five filters. */
    @ParameterizedTest
    @ValueSource(ints = {0, 4, 2, 6})
    void everyFilterTypeOfEveryDirectFlavourDecodesLikeImageIO(int colourType) throws Exception {
        int channels = switch (colourType) {
            case 0 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            default -> 4;
        };
        byte[] png = FilteredPng.encode(37, 23, colourType, FilteredPng.samples(37, 23, channels, colourType));
        assertThat(PngDecoder.header(png, "t.png")).isNotNull();
        BufferedImage ours = decoder.decode(png, "t.png");
        assertThat(ours.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(rgb(ours)).isEqualTo(rgb(colourType == 4 ? grayAlphaAsImageIOReadsIt(png) : decoder.decodeWithImageIO(png, "t.png")));
    }

    /**
     * Java2D draws a gray + alpha image through a linear gray colour space (a gray of 19 comes out as 77), unlike
     * plain gray, which it copies as is. So the reference for gray + alpha is ImageIO's samples as sRGB gray with
     * alpha, flattened onto white by Java2D the way the RGBA path is.
     */
    private static BufferedImage grayAlphaAsImageIOReadsIt(byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(png));
        BufferedImage argb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_ARGB);
        int[] px = new int[2];
        for (int y = 0; y < read.getHeight(); y++) {
            for (int x = 0; x < read.getWidth(); x++) {
                read.getRaster().getPixel(x, y, px);
                argb.setRGB(x, y, px[1] << 24 | px[0] << 16 | px[0] << 8 | px[0]);
            }
        }
        return ImageDecoder.toRgb(argb);
    }

    /** Packed RGB without the unused top byte, which Java2D fills with 0xff where it painted. */
    private static int[] rgb(BufferedImage img) {
        int[] p = RgbImages.pixels(img).clone();
        for (int i = 0; i < p.length; i++) p[i] &= 0xffffff;
        return p;
    }

    @Test
    void imagesWrittenByImageIOWithItsOwnFilterChoiceDecodeIdentically() throws Exception {
        BufferedImage src = new SyntheticPortrait(3).render(211, 157);
        byte[] png = write(src, null);
        assertThat(PngDecoder.header(png, "t.png")).isNotNull();
        assertThat(rgb(decoder.decode(png, "t.png"))).isEqualTo(rgb(src));
    }

    @Test
    void paletteSixteenBitAndInterlacedPngsFallBackToImageIO() throws Exception {
        BufferedImage src = new SyntheticPortrait(4).render(64, 48);
        BufferedImage palette = convert(src, BufferedImage.TYPE_BYTE_INDEXED);
        BufferedImage gray16 = convert(src, BufferedImage.TYPE_USHORT_GRAY);
        byte[] palettePng = write(palette, null), gray16Png = write(gray16, null);
        ImageWriteParam interlace = ImageIO.getImageWritersByFormatName("png").next().getDefaultWriteParam();
        interlace.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        byte[] interlacedPng = write(src, interlace);

        for (byte[] png : new byte[][] {palettePng, gray16Png, interlacedPng}) {
            assertThat(PngDecoder.header(png, "t.png")).isNull();
            assertThat(rgb(decoder.decode(png, "t.png"))).isEqualTo(rgb(decoder.decodeWithImageIO(png, "t.png")));
        }
        assertThat(rgb(decoder.decode(interlacedPng, "t.png"))).isEqualTo(rgb(src));
        assertThat(rgb(decoder.decode(palettePng, "t.png"))).isEqualTo(rgb(ImageDecoder.toRgb(palette)));
    }

    @Test
    void streamingDecodeToTheWorkingSizeEqualsScalingTheFullImage() throws Exception {
        // Odd sizes, one and several halvings, landscape and portrait, and one that needs no scaling at all.
        int[][] sizes = {{401, 613}, {613, 401}, {200, 1000}, {97, 61}, {192, 192}};
        for (int[] s : sizes) {
            byte[] png = write(new SyntheticPortrait(s[0]).render(s[0], s[1]), null);
            BufferedImage full = decoder.decode(png, "t.png");
            ImageDecoder.Scaled scaled = decoder.decodeScaled(png, "t.png", 96, (w, h) -> false);
            BufferedImage expected = RgbImages.fitWithin(full, 96);
            assertThat(scaled.width()).isEqualTo(s[0]);
            assertThat(scaled.height()).isEqualTo(s[1]);
            assertThat(scaled.working().getWidth()).isEqualTo(expected.getWidth());
            assertThat(scaled.working().getHeight()).isEqualTo(expected.getHeight());
            assertThat(RgbImages.pixels(scaled.working())).isEqualTo(RgbImages.pixels(expected));
            assertThat(Math.max(expected.getWidth(), expected.getHeight())).isLessThanOrEqualTo(96);
        }
    }

    @Test
    void theFullRasterIsKeptOnlyWhenAsked() throws Exception {
        byte[] png = write(new SyntheticPortrait(9).render(300, 200), null);
        assertThat(decoder.decodeScaled(png, "t.png", 96, (w, h) -> false).full()).isNull();
        ImageDecoder.Scaled kept = decoder.decodeScaled(png, "t.png", 96, (w, h) -> w < 224);
        assertThat(rgb(kept.full())).isEqualTo(rgb(decoder.decode(png, "t.png")));
        assertThat(kept.working().getWidth()).isEqualTo(96);
    }

    @Test
    void dataCutShortOrWithoutIendIsTruncatedAndBadFiltersAreCorrupt() {
        byte[] png = FilteredPng.encode(40, 30, 2, FilteredPng.samples(40, 30, 3, 1));
        byte[] noIend = Arrays.copyOf(png, png.length - 12);
        assertThatThrownBy(() -> decoder.decode(noIend, "t.png")).isInstanceOf(DecodeException.class)
                .satisfies(e -> assertThat(((DecodeException) e).reason()).isEqualTo("truncated"));
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> decoder.decodeScaled(cut, "t.png", 16, (w, h) -> false)).isInstanceOf(DecodeException.class)
                .satisfies(e -> assertThat(((DecodeException) e).reason()).isEqualTo("truncated"));

        byte[] samples = FilteredPng.samples(40, 30, 3, 1);
        byte[] raw = new byte[30 * (40 * 3 + 1)];
        for (int y = 0; y < 30; y++) {
            raw[y * 121] = (byte) (y == 3 ? 9 : 0);
            System.arraycopy(samples, y * 120, raw, y * 121 + 1, 120);
        }
        byte[] bad = withImageData(png, raw);
        assertThatThrownBy(() -> decoder.decode(bad, "t.png")).isInstanceOf(DecodeException.class)
                .satisfies(e -> assertThat(((DecodeException) e).reason()).isEqualTo("corrupt"));
    }

    /** The PNG's header with the given raw (filtered) rows as its only IDAT. */
    private static byte[] withImageData(byte[] png, byte[] raw) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(raw);
        d.finish();
        byte[] z = new byte[raw.length + 1024];
        int n = d.deflate(z);
        d.end();
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(33 + 12 + n + 12);
        out.put(png, 0, 33).putInt(n).put("IDAT".getBytes()).put(z, 0, n).putInt(0);
        out.putInt(0).put("IEND".getBytes()).putInt(0);
        return out.array();
    }

    private static BufferedImage convert(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] write(BufferedImage img, ImageWriteParam param) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
