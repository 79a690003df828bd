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
}
