package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.ExifOrientation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes a cropped copy of an ORIGINAL full-resolution image as a new file; the source is only read. Only the
 * crop region is decoded. PNG stays PNG with its text chunks (generation parameters) carried over; JPEG stays
 * JPEG at high quality; formats ImageIO cannot write (WebP) become lossless PNG with the same stem. The box is in
 * the upright frame (EXIF Orientation applied, as every viewer shows a photo), and so is the copy: its pixels are
 * turned upright and it carries no orientation tag.
 */
final class CropWriter {

    /** The file name the cropped copy gets: the same name, or the same stem with .png when the format cannot be written. */
    static String outputName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return writerFormat(ext).equals(formatOf(ext)) ? name : name.substring(0, dot < 0 ? name.length() : dot) + ".png";
    }

    /** Writes the crop of {@code source} to {@code target} (which must not exist); returns the pixel size written. */
    int[] write(Path source, CropBox crop, Path target) throws IOException {
        String name = source.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            if (in == null) throw new IOException("cannot open " + source);
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException(source + " is not an image ImageIO can read");
            ImageReader reader = readers.next();
            try {
                int orientation = ExifOrientation.of(in);
                reader.setInput(in, true, false);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                // The box is in the upright frame the reviewer showed; the reader cuts stored pixels, turned after.
                int[] px = ExifOrientation.storedBox(crop.clampToUnit(), orientation).toPixels(w, h);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle(px[0], px[1], px[2], px[3]));
                BufferedImage region = reader.read(0, param);
                if (orientation != ExifOrientation.NORMAL) region = ExifOrientation.upright(region, orientation);
                String format = writerFormat(ext);
                IIOMetadata metadata = "png".equals(format) && "png".equals(formatOf(ext)) ? reader.getImageMetadata(0) : null;
                encode(region, metadata, format, target);
                return new int[] {region.getWidth(), region.getHeight()};
            } finally {
                reader.dispose();
            }
        }
    }

    private static void encode(BufferedImage image, IIOMetadata metadata, String format, Path target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) throw new IOException("no " + format + " writer available");
        ImageWriter writer = writers.next();
        BufferedImage pixels = "jpeg".equals(format) ? withoutAlpha(image) : image;
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.95f);
            }
            writer.write(null, new IIOImage(pixels, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) return image;
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        return rgb;
    }

    private static String formatOf(String ext) {
        return switch (ext) {
            case "jpg", "jpeg" -> "jpeg";
            default -> ext;
        };
    }

    private static String writerFormat(String ext) {
        return switch (ext) {
            case "png" -> "png";
            case "jpg", "jpeg" -> "jpeg";
            default -> "png";
        };
    }
}
