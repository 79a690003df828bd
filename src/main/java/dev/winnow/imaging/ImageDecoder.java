package dev.winnow.imaging;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Decodes PNG, JPEG and WebP (TwelveMonkeys registers WebP and a more tolerant JPEG reader with ImageIO) into
 * TYPE_INT_RGB, the one layout the rest of imaging works on. Transparency is flattened onto white. The common PNG
 * flavours go through {@link PngDecoder}, about twice as fast as ImageIO; {@link #decodeWithImageIO} stays
 * available so the benchmark can show the difference. A JPEG is returned upright, as viewers show it: its EXIF
 * Orientation ({@link ExifOrientation}) is applied after decoding, so sizes and boxes everywhere are in that frame.
 */
public final class ImageDecoder {

    public BufferedImage decode(Path file) throws DecodeException {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new DecodeException("missing", "file not found: " + file);
        } catch (IOException e) {
            throw new DecodeException("unreadable", file + ": " + e.getMessage(), e);
        }
    }

    public BufferedImage decode(InputStream in, String nameForMessages) throws DecodeException {
        try {
            return decode(in.readAllBytes(), nameForMessages);
        } catch (IOException e) {
            throw new DecodeException("unreadable", nameForMessages + ": " + e.getMessage(), e);
        }
    }

    /** Decodes bytes already in memory (the caller may have hashed them on the way in). */
    public BufferedImage decode(byte[] bytes, String nameForMessages) throws DecodeException {
        if (bytes.length == 0) throw new DecodeException("zero-byte", nameForMessages + " is empty");
        if (PngDecoder.isPng(bytes)) {
            BufferedImage img = PngDecoder.decode(bytes, nameForMessages);
            if (img != null) return img;
        }
        return decodeWithImageIO(bytes, nameForMessages);
    }

    /** An image decoded for analysis: its full size, its copy scaled to fit, and the full raster only if kept. */
    public record Scaled(int width, int height, BufferedImage full, BufferedImage working) {
    }

    /** Decides, from the size of the scaled copy, whether the full raster is needed as well. */
    @FunctionalInterface
    public interface KeepFull {
        boolean keepFull(int scaledWidth, int scaledHeight);
    }

    /**
     * Decodes straight to the copy that {@link RgbImages#fitWithin} would make ({@code maxSide} long side). For
     * the PNGs {@link PngDecoder} reads, rows stream from the inflater into the downscale, so the full raster is
     * never built (nor allocated) unless {@code keepFull} asks for it; other formats are decoded whole first (a JPEG
     * turned upright), and then the full image is returned as well since it exists anyway.
     */
    public Scaled decodeScaled(byte[] bytes, String nameForMessages, int maxSide, KeepFull keepFull) throws DecodeException {
        if (bytes.length == 0) throw new DecodeException("zero-byte", nameForMessages + " is empty");
        if (PngDecoder.isPng(bytes)) {
            PngDecoder.Header h = PngDecoder.header(bytes, nameForMessages);
            int[] size = h == null ? null : RgbImages.fittedSize(h.width(), h.height(), maxSide);
            if (h != null && (size[0] != h.width() || size[1] != h.height()) && !keepFull.keepFull(size[0], size[1])) {
                ScaledRows rows = new ScaledRows(h.width(), h.height(), maxSide);
                PngDecoder.decode(bytes, h, nameForMessages, rows);
                return new Scaled(h.width(), h.height(), null, rows.image());
            }
        }
        BufferedImage full = decode(bytes, nameForMessages);
        return new Scaled(full.getWidth(), full.getHeight(), full, RgbImages.fitWithin(full, maxSide));
    }

    /** The plain ImageIO path for any format it reads; a JPEG comes out upright (its EXIF Orientation applied). */
    public BufferedImage decodeWithImageIO(byte[] bytes, String nameForMessages) throws DecodeException {
        if (bytes.length == 0) throw new DecodeException("zero-byte", nameForMessages + " is empty");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new DecodeException("not-an-image", nameForMessages + " is not PNG, JPEG or WebP");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return ExifOrientation.upright(toRgb(reader.read(0)), ExifOrientation.of(bytes));
            } finally {
                reader.dispose();
            }
        } catch (EOFException e) {
            throw new DecodeException("truncated", nameForMessages + " ends early", e);
        } catch (IOException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            String reason = msg.contains("EOF") || msg.contains("end of") || msg.contains("truncat") ? "truncated" : "corrupt";
            throw new DecodeException(reason, nameForMessages + ": " + e.getClass().getSimpleName() + ": " + msg, e);
        }
    }

    static BufferedImage toRgb(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) return src;
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, src.getWidth(), src.getHeight());
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
