package dev.winnow.imaging;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import dev.winnow.common.CropBox;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The EXIF Orientation of a JPEG (tag 0x0112 of IFD0, values 1-8): cameras and phones store the pixels as the
 * sensor saw them and record how a viewer must turn them. Every photo tool shows the turned (upright) picture,
 * so Winnow decodes to that frame and gives every size and crop box in it. Only JPEG's APP1 "Exif" segment is
 * read: EXIF inside WebP or PNG (rare, and not what cameras write) is out of scope and reads as {@link #NORMAL}.
 * Anything unreadable reads as {@link #NORMAL}: a broken tag must never cost the picture.
 */
public final class ExifOrientation {
    public static final int NORMAL = 1;
    /**
     * Marks content statistics measured on the upright picture. JPEG content cached without it was measured on
     * the stored (possibly sideways) pixels and is measured again once.
     */
    public static final String UPRIGHT_KEY = "frame_upright";
    private static final int TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation of JPEG bytes; {@link #NORMAL} for other formats, no tag, or junk. */
    public static int of(byte[] bytes) {
        if (!isJpeg(bytes)) return NORMAL;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return of(JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif"));
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    /**
     * The orientation of the JPEG in {@code in}, read from its start (only the segments before the image data);
     * the stream is left at its start for a reader. {@link #NORMAL} for other formats, no tag, or junk.
     */
    public static int of(ImageInputStream in) throws IOException {
        int o;
        try {
            in.seek(0);
            o = of(JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif"));
        } catch (IOException | RuntimeException e) {
            o = NORMAL;
        }
        in.seek(0);
        return o;
    }

    /** The orientation held by the first APP1 "Exif" segment among {@code segments}, else {@link #NORMAL}. */
    public static int of(List<JPEGSegment> segments) {
        for (JPEGSegment s : segments) {
            if (s.marker() == JPEG.APP1 && "Exif".equals(s.identifier())) return fromExifSegment(s);
        }
        return NORMAL;
    }

    private static int fromExifSegment(JPEGSegment segment) {
        try (InputStream data = segment.data()) {
            // The identifier "Exif\0" is followed by one pad byte before the TIFF header.
            if (data.read() < 0) return NORMAL;
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(data)) {
                Directory dir = new TIFFReader().read(tiff);
                // IFD1 describes the embedded thumbnail; only IFD0 speaks for the picture.
                if (dir instanceof CompoundDirectory c) dir = c.directoryCount() > 0 ? c.getDirectory(0) : null;
                Entry e = dir == null ? null : dir.getEntryById(TAG);
                Object v = e == null ? null : e.getValue();
                if (v instanceof short[] a && a.length > 0) v = a[0];
                if (v instanceof int[] a && a.length > 0) v = a[0];
                int o = v instanceof Number n ? n.intValue() : NORMAL;
                return o >= 1 && o <= 8 ? o : NORMAL;
            }
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    /** Orientations 5-8 turn the picture a quarter: the upright width is the stored height. */
    public static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The upright picture of stored TYPE_INT_RGB pixels: an exact remapping (flips, quarter turns, transposes), no
     * interpolation. Orientation {@link #NORMAL} (or out of range) returns {@code stored} itself.
     */
    public static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= NORMAL || orientation > 8) return stored;
        int w = stored.getWidth(), h = stored.getHeight();
        int[] src = RgbImages.pixels(stored);
        // Upright pixel (x, y) is stored pixel base + x * dx + y * dy (EXIF 2.3, table of Orientation).
        int last = (h - 1) * w;
        int[] walk = switch (orientation) {
            case 2 -> new int[] {w - 1, -1, w};
            case 3 -> new int[] {last + w - 1, -1, -w};
            case 4 -> new int[] {last, 1, -w};
            case 5 -> new int[] {0, w, 1};
            case 6 -> new int[] {last, -w, 1};
            case 7 -> new int[] {last + w - 1, -w, -1};
            default -> new int[] {w - 1, w, -1};
        };
        int ow = swapsAxes(orientation) ? h : w, oh = swapsAxes(orientation) ? w : h;
        int[] out = new int[ow * oh];
        int base = walk[0], dx = walk[1], dy = walk[2];
        for (int y = 0, o = 0; y < oh; y++) {
            int s = base + y * dy;
            for (int x = 0; x < ow; x++, o++, s += dx) out[o] = src[s];
        }
        return RgbImages.wrap(ow, oh, out);
    }

    /**
     * The box of the stored pixels that shows {@code upright} (a box of the upright picture), for readers that cut
     * a region before turning it.
     */
    public static CropBox storedBox(CropBox upright, int orientation) {
        double x1 = upright.x1(), y1 = upright.y1(), x2 = upright.x2(), y2 = upright.y2();
        return switch (orientation) {
            case 2 -> new CropBox(1 - x2, y1, 1 - x1, y2);
            case 3 -> new CropBox(1 - x2, 1 - y2, 1 - x1, 1 - y1);
            case 4 -> new CropBox(x1, 1 - y2, x2, 1 - y1);
            case 5 -> new CropBox(y1, x1, y2, x2);
            case 6 -> new CropBox(y1, 1 - x2, y2, 1 - x1);
            case 7 -> new CropBox(1 - y2, 1 - x2, 1 - y1, 1 - x1);
            case 8 -> new CropBox(1 - y2, x1, 1 - y1, x2);
            default -> upright;
        };
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }
}
