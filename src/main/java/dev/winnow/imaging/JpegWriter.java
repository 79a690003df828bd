package dev.winnow.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
     * The same pixels as 3-byte BGR. The JDK writer copies a packed-int image into its byte rows through the
     * generic per-sample raster path, which took a third of the write; from BGR bytes it copies rows directly.
     * The file written is byte for byte the same.
     */
    static BufferedImage interleaved(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) return img;
        int[] px = RgbImages.pixels(img);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            bgr[j] = (byte) p;
            bgr[j + 1] = (byte) (p >> 8);
            bgr[j + 2] = (byte) (p >> 16);
        }
        return out;
    }
}
