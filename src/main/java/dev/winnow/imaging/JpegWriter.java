package dev.winnow.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

/**
 * Writes thumbnails and heatmaps as JPEG into Winnow's cache. Writes to a temporary file in the same folder and
 * renames it into place, so a killed run never leaves a half-written image under a final name.
 */
public final class JpegWriter {
    private static final ColorModel RGB_BYTES = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    private final float quality;

    public JpegWriter(float quality) {
        this.quality = quality;
    }

    public void write(BufferedImage img, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".jpg");
        try {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            if (!writers.hasNext()) throw new IOException("no JPEG writer available");
            ImageWriter writer = writers.next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.setOutput(out);
                writer.write(null, new IIOImage(interleaved(img), null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The same pixels as interleaved R, G, B bytes. The JDK writer copies every row of the image into its own
     * R, G, B byte row: from packed ints that goes through the generic per-sample raster path (a third of the
     * write), from bytes in the same order it is a plain copy. The file written is byte for byte the same.
     */
    static BufferedImage interleaved(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) return img;
        int w = img.getWidth(), h = img.getHeight();
        int[] px = RgbImages.pixels(img);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3 * w, 3, new int[] {0, 1, 2}, null);
        byte[] rgb = ((DataBufferByte) raster.getDataBuffer()).getData();
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            rgb[j] = (byte) (p >> 16);
            rgb[j + 1] = (byte) (p >> 8);
            rgb[j + 2] = (byte) p;
        }
        return new BufferedImage(RGB_BYTES, raster, false, null);
    }
}
