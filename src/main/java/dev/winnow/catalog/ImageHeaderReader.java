package dev.winnow.catalog;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import dev.winnow.imaging.ExifOrientation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads format and size from the first bytes of a file and checks its last bytes for the format's end
 * marker, so truncated files are caught without decoding any pixels. PNG is parsed directly (24 bytes,
 * it is nearly every file); JPEG from its segments up to the frame header, reporting the upright size (EXIF
 * Orientation 5-8 swap width and height); WebP dimensions come from ImageIO's header-only reader.
 */
public final class ImageHeaderReader {
    /**
     * Images declaring more pixels than this are refused at scan ("too-large"): the user's largest are 3072 px square
     * (9.4 MP) and the decoder needs ~3 bytes a pixel, so 200 MP (600 MB decoded) is far beyond any real stage image
     * and still decodes within a few GB of heap; a header claiming 100,000 x 100,000 is damage or a bomb.
     */
    public static final long MAX_PIXELS = 200_000_000L;
    private static final byte[] PNG_SIG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int JPEG_TAIL_SEARCH = 4096;
    /** The EXIF segment and every kind of frame header (SOFn: baseline, progressive, lossless, arithmetic, JPEG-LS). */
    private static final Map<Integer, List<String>> JPEG_HEADER_SEGMENTS = jpegHeaderSegments();

    public ImageHeader read(Path file) throws BadImageException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) throw new BadImageException("zero-byte", "file is empty");
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(33, size));
            readFully(ch, head, 0);
            byte[] h = head.array();
            ImageHeader header;
            if (startsWith(h, PNG_SIG)) header = png(ch, h, size);
            else if (h.length >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && (h[2] & 0xff) == 0xFF) header = jpeg(file, ch, size);
            else if (h.length >= 12 && ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).equals("WEBP")) header = webp(file, h, size);
            else throw new BadImageException("not-an-image", "content is not PNG, JPEG or WebP");
            long pixels = (long) header.width() * header.height();
            if (pixels > MAX_PIXELS) {
                throw new BadImageException("too-large", String.format("declares %,d x %,d = %,d pixels; the limit is %,d",
                        header.width(), header.height(), pixels, MAX_PIXELS));
            }
            return header;
        } catch (IOException e) {
            throw new BadImageException("unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Size from the IHDR chunk, whose CRC is checked (a damaged header would otherwise pass as a normal member);
     * the other chunks' CRCs are left to the decoder, which reads them all anyway.
     */
    private ImageHeader png(FileChannel ch, byte[] h, long size) throws IOException, BadImageException {
        if (h.length < 33 || !ascii(h, 12, 4).equals("IHDR")) throw new BadImageException("truncated", "PNG header incomplete");
        ByteBuffer bb = ByteBuffer.wrap(h).order(ByteOrder.BIG_ENDIAN);
        if (bb.getInt(8) != 13) throw new BadImageException("bad-header", "PNG IHDR length " + bb.getInt(8) + ", not 13");
        CRC32 crc = new CRC32();
        crc.update(h, 12, 17);
        if ((int) crc.getValue() != bb.getInt(29)) throw new BadImageException("bad-header", "PNG IHDR checksum does not match: the header is damaged");
        int w = bb.getInt(16), hgt = bb.getInt(20);
        if (w <= 0 || hgt <= 0) throw new BadImageException("bad-header", "PNG size " + w + "x" + hgt);
        if (size < 8 + 25 + 12) throw new BadImageException("truncated", "PNG shorter than its mandatory chunks");
        ByteBuffer tail = ByteBuffer.allocate(12);
        readFully(ch, tail, size - 12);
        if (!Arrays.equals(tail.array(), PNG_IEND)) throw new BadImageException("truncated", "PNG does not end with IEND");
        return new ImageHeader("png", w, hgt);
    }

    private ImageHeader jpeg(Path file, FileChannel ch, long size) throws IOException, BadImageException {
        int n = (int) Math.min(JPEG_TAIL_SEARCH, size);
        ByteBuffer tail = ByteBuffer.allocate(n);
        readFully(ch, tail, size - n);
        byte[] t = tail.array();
        boolean eoi = false;
        // Some writers append padding or metadata after EOI; accept an EOI marker near the end.
        for (int i = t.length - 2; i >= 0 && !eoi; i--) eoi = (t[i] & 0xff) == 0xFF && (t[i + 1] & 0xff) == 0xD9;
        if (!eoi) throw new BadImageException("truncated", "JPEG has no end-of-image marker");
        return jpegSegments(file);
    }

    /**
     * Size from the frame header (SOF) and orientation from the EXIF segment, both of which precede the image data:
     * only the segments before the scan are read, the others are skipped over. The size reported is the upright
     * one ({@link ExifOrientation}), as the decoder returns it. A frame header that leaves the height to a later
     * marker (DNL, legal but rare) is handed to ImageIO's reader.
     */
    private ImageHeader jpegSegments(Path file) throws BadImageException {
        List<JPEGSegment> segments;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            segments = JPEGSegmentUtil.readSegments(in, JPEG_HEADER_SEGMENTS);
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("bad-header", "jpeg header unreadable: " + e.getMessage());
        }
        JPEGSegment frame = segments.stream().filter(s -> s.marker() != JPEG.APP1).findFirst().orElse(null);
        if (frame == null) throw new BadImageException("bad-header", "JPEG has no frame header before its image data");
        int w, h;
        try (DataInputStream d = new DataInputStream(frame.data())) {
            d.readUnsignedByte(); // sample precision
            h = d.readUnsignedShort();
            w = d.readUnsignedShort();
        } catch (IOException e) {
            throw new BadImageException("bad-header", "JPEG frame header too short");
        }
        if (w == 0) throw new BadImageException("bad-header", "JPEG width 0");
        if (h == 0) {
            ImageHeader viaReader = viaImageIO(file, "jpeg");
            h = viaReader.height();
        }
        int orientation = ExifOrientation.of(segments);
        return ExifOrientation.swapsAxes(orientation) ? new ImageHeader("jpeg", h, w) : new ImageHeader("jpeg", w, h);
    }

    private static Map<Integer, List<String>> jpegHeaderSegments() {
        Map<Integer, List<String>> m = new HashMap<>();
        m.put(JPEG.APP1, List.of("Exif"));
        for (int sof : new int[] {JPEG.SOF0, JPEG.SOF1, JPEG.SOF2, JPEG.SOF3, JPEG.SOF5, JPEG.SOF6, JPEG.SOF7,
                JPEG.SOF9, JPEG.SOF10, JPEG.SOF11, JPEG.SOF13, JPEG.SOF14, JPEG.SOF15, JPEG.SOF55}) {
            m.put(sof, null);
        }
        return Collections.unmodifiableMap(m);
    }

    private ImageHeader webp(Path file, byte[] h, long size) throws BadImageException {
        long riff = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN).getInt(4) & 0xffffffffL;
        if (riff + 8 > size) throw new BadImageException("truncated", "WebP RIFF size " + (riff + 8) + " > file size " + size);
        return viaImageIO(file, "webp");
    }

    private ImageHeader viaImageIO(Path file, String format) throws BadImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new BadImageException("unsupported", "no reader for " + format);
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new ImageHeader(format, r.getWidth(0), r.getHeight(0));
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("bad-header", format + " header unreadable: " + e.getMessage());
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + buf.position());
            if (n < 0) break;
        }
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        return a.length >= prefix.length && Arrays.equals(Arrays.copyOf(a, prefix.length), prefix);
    }

    private static String ascii(byte[] a, int off, int len) {
        return off + len <= a.length ? new String(a, off, len, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }
}
