package dev.winnow.demo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes demo images with the JDK encoders, tuned for speed. */
final class ImageFiles {
    /**
     * The JDK PNG writer maps quality to a deflate level. Measured (CPU time, one thread) on 1050x1536 stage-3
     * renders: 0.9 encodes ~15.8 Mpx/s at 2.4 MB per image, the highest speed that still compresses; lower
     * qualities are slower for almost no size gain (0.6: 11.1 Mpx/s, 2.4 MB); 0.95 and up store the data
     * uncompressed (38 Mpx/s but 4.8 MB, twice the disk). The demo stores its PNGs uncompressed: `winnow demo`
     * must finish in two minutes on two cores, and deflate was the largest single cost of generating it (and of
     * inflating it again in every later step). Real projects are compressed; benchmarks use compressed PNGs.
     */
    static final float PNG_QUALITY = 1.0f;
    static final float JPEG_QUALITY = 0.9f;

    private ImageFiles() {
    }

    static void write(BufferedImage img, SetPlan.Format format, Path file) {
        float quality = format == SetPlan.Format.PNG ? PNG_QUALITY : JPEG_QUALITY;
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName);
        if (!writers.hasNext()) throw new IllegalStateException("no ImageIO writer for " + format.imageIoName);
        ImageWriter writer = writers.next();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            writer.dispose();
        }
    }

    /** A copy of a region, resized with bicubic interpolation (in halving steps when shrinking a lot). */
    static BufferedImage cropAndResize(BufferedImage src, SetPlan.CropBox box, int width, int height) {
        BufferedImage current = src.getSubimage(box.x1(), box.y1(), box.width(), box.height());
        if (current.getWidth() == width && current.getHeight() == height) return copy(current);
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = scaled(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return scaled(current, width, height);
    }

    private static BufferedImage copy(BufferedImage region) {
        BufferedImage out = new BufferedImage(region.getWidth(), region.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(region, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage scaled(BufferedImage src, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(src, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
