package dev.winnow.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small real image files for tests: structured content (gradient + shapes) so decoders and matchers have work. */
public final class TestImages {
    private TestImages() {
    }

    public static BufferedImage scene(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        java.util.Random r = new java.util.Random(seed);
        for (int y = 0; y < h; y++) {
            g.setColor(new Color(40 + 150 * y / h, 60 + r.nextInt(20), 120));
            g.drawLine(0, y, w, y);
        }
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillOval(r.nextInt(w), r.nextInt(h), 1 + r.nextInt(Math.max(1, w / 2)), 1 + r.nextInt(Math.max(1, h / 2)));
        }
        g.dispose();
        return img;
    }

    public static Path png(Path file, int w, int h) {
        return write(file, scene(w, h, file.getFileName().toString().hashCode()), "png");
    }

    public static Path jpeg(Path file, int w, int h) {
        return write(file, scene(w, h, file.getFileName().toString().hashCode()), "jpeg");
    }

    public static Path write(Path file, BufferedImage img, String format) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(img, format, file.toFile())) throw new IOException("no writer for " + format);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path text(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a PNG whose IHDR checksum no longer matches (a damaged header). */
    public static Path pngWithBadHeaderChecksum(Path png, Path to) {
        byte[] b = read(png);
        b[29] ^= (byte) 0xFF;
        return writeBytes(to, b);
    }

    /** A copy of a PNG whose header declares another size, with a valid checksum (a header that lies). */
    public static Path pngDeclaring(Path png, Path to, long width, long height) {
        byte[] b = read(png);
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b);
        bb.putInt(16, (int) width).putInt(20, (int) height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 12, 17);
        bb.putInt(29, (int) crc.getValue());
        return writeBytes(to, b);
    }

    /**
     * A copy of a PNG with a sound header and end but garbage image data: a header-only scan takes it for a good
     * image, only a decode finds out.
     */
    public static Path pngWithCorruptData(Path png, Path to) {
        byte[] b = read(png);
        int idat = indexOf(b, "IDAT".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (idat < 4) throw new IllegalArgumentException(png + " has no IDAT chunk");
        int len = java.nio.ByteBuffer.wrap(b).getInt(idat - 4);
        java.util.Random r = new java.util.Random(len);
        for (int i = idat + 4 + 2; i < idat + 4 + len; i++) b[i] = (byte) r.nextInt(256);
        return writeBytes(to, b);
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeBytes(Path to, byte[] b) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            return Files.write(to, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
