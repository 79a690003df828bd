package dev.winnow.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * JPEGs as cameras write them: the stored pixels are the upright picture turned as EXIF Orientation says, and an
 * APP1 "Exif" segment (a minimal TIFF IFD0 holding tag 0x0112) right after SOI tells viewers how to turn it back.
 * The stored pixels are made here from the EXIF 2.3 table ("the 0th row is the visual ..., the 0th column is the
 * visual ..."), independently of the code under test.
 */
public final class ExifJpegs {
    private ExifJpegs() {
    }

    /** A picture whose every turn and flip differs: a grid of flat, clearly different colours (survives JPEG). */
    public static BufferedImage blocks(int cols, int rows, int block) {
        BufferedImage img = new BufferedImage(cols * block, rows * block, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, blockColor(x / block + cols * (y / block)));
        }
        return img;
    }

    /** Colour of block {@code i} of {@link #blocks}: far apart in RGB for the first dozen. */
    public static int blockColor(int i) {
        int[] palette = {0xE02020, 0x20C020, 0x2040E0, 0xF0E020, 0x20E0E0, 0xE020E0, 0xFFFFFF, 0x101010,
                0x808080, 0xF08000, 0x8000F0, 0x008060};
        return palette[i % palette.length];
    }

    /** The pixels a camera stores for {@code upright} with the given orientation. */
    public static BufferedImage stored(BufferedImage upright, int orientation) {
        int uw = upright.getWidth(), uh = upright.getHeight();
        boolean turned = orientation >= 5;
        int w = turned ? uh : uw, h = turned ? uw : uh;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Where stored pixel (x, y) is seen: row 0 / column 0 of the stored image per the EXIF table.
                int vx, vy;
                switch (orientation) {
                    case 2 -> { vx = uw - 1 - x; vy = y; }            // row 0 top, column 0 right
                    case 3 -> { vx = uw - 1 - x; vy = uh - 1 - y; }   // row 0 bottom, column 0 right
                    case 4 -> { vx = x; vy = uh - 1 - y; }            // row 0 bottom, column 0 left
                    case 5 -> { vx = y; vy = x; }                     // row 0 left, column 0 top
                    case 6 -> { vx = uw - 1 - y; vy = x; }            // row 0 right, column 0 top
                    case 7 -> { vx = uw - 1 - y; vy = uh - 1 - x; }   // row 0 right, column 0 bottom
                    case 8 -> { vx = y; vy = uh - 1 - x; }            // row 0 left, column 0 bottom
                    default -> { vx = x; vy = y; }
                }
                out.setRGB(x, y, upright.getRGB(vx, vy));
            }
        }
        return out;
    }

    /** A camera JPEG of {@code upright}: stored pixels turned, with the EXIF tag that turns them back. */
    public static byte[] camera(BufferedImage upright, int orientation, boolean bigEndian) {
        return withOrientation(jpeg(stored(upright, orientation)), orientation, bigEndian);
    }

    public static byte[] jpeg(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** {@code jpeg} with an APP1 Exif segment holding only Orientation spliced in after SOI. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return withApp1(jpeg, tiff.array());
    }

    /** {@code jpeg} with an APP1 "Exif" segment whose TIFF part is {@code tiff} (junk welcome). */
    public static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        byte[] id = {'E', 'x', 'i', 'f', 0, 0};
        int len = 2 + id.length + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + len);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) len).put(id).put(tiff);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
