package dev.winnow.imaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A direct decoder for the PNGs that generators write: 8-bit truecolour or greyscale, with or without alpha,
 * not interlaced. It inflates the image data one row at a time, unfilters it and packs it into RGB ints handed
 * to a {@link RowSink}: the whole raster (for {@link ImageDecoder#decode}), or a streaming downscale that never
 * holds more than a few rows ({@link ScaledRows}). Measured about twice as fast as ImageIO's PNG reader followed
 * by the conversion to TYPE_INT_RGB (`winnow bench embed` prints both). Every other PNG flavour (palette,
 * 16-bit, interlaced) is left to ImageIO: {@link #header} returns null for it. Alpha is flattened onto white, as
 * {@link ImageDecoder} does for the ImageIO path.
 */
final class PngDecoder {
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final long MAX_PIXELS = 1L << 28;
    private static final int CHUNK_BYTES = 1024 * 1024;

    private PngDecoder() {
    }

    /** What the IHDR chunk says about a PNG this class decodes. */
    record Header(int width, int height, int channels) {
    }

    static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == '\r' && b[5] == '\n' && b[6] == 0x1a && b[7] == '\n';
    }

    /** The header of a PNG this class supports, or null for one it leaves to ImageIO. */
    static Header header(byte[] b, String name) throws DecodeException {
        if (b.length < 8 + 25) throw new DecodeException("truncated", name + ": PNG shorter than its header");
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
        if (bb.getInt(12) != IHDR) throw new DecodeException("corrupt", name + ": PNG does not start with IHDR");
        int width = bb.getInt(16), height = bb.getInt(20);
        int depth = b[24] & 0xff, colourType = b[25] & 0xff, interlace = b[28] & 0xff;
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
            throw new DecodeException("corrupt", name + ": PNG size " + width + "x" + height);
        }
        int channels = switch (colourType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 0;
        };
        return depth != 8 || channels == 0 || interlace != 0 ? null : new Header(width, height, channels);
    }

    /** Decodes the whole raster of a supported PNG, or returns null for one it leaves to ImageIO. */
    static java.awt.image.BufferedImage decode(byte[] b, String name) throws DecodeException {
        Header h = header(b, name);
        if (h == null) return null;
        FullRaster raster = new FullRaster(h.width(), h.height());
        decode(b, h, name, raster);
        return raster.image();
    }

    /**
     * Decodes the rows of a PNG whose {@link #header} was supported into {@code sink}, top to bottom. The stream is
     * inflated about 1 MB of rows at a time and unfiltered in place there: zlib pays per call (its window copy, the
     * slow loop near the end of each output buffer), so row by row measured 8% slower and 32 KB chunks 6%, while
     * 1 MB is as fast as inflating the whole image into one buffer.
     */
    static void decode(byte[] b, Header h, String name, RowSink sink) throws DecodeException {
        int width = h.width(), height = h.height(), bpp = h.channels(), stride = width * bpp, line = stride + 1;
        int rowsPerChunk = Math.max(2, (CHUNK_BYTES / line) & ~1);
        byte[] chunk = new byte[Math.min(height, rowsPerChunk) * line];
        // Each row starts with its filter type, as in the stream; the row above the first is all zeros.
        byte[] above = new byte[line];
        Halver halver = bpp == 3 ? sink.halver() : null;
        try (ImageData data = new ImageData(b, name)) {
            for (int y0 = 0; y0 < height; y0 += rowsPerChunk) {
                int rows = Math.min(rowsPerChunk, height - y0);
                int got = data.fill(chunk, rows * line);
                if (got < rows * line) {
                    throw new DecodeException("truncated", name + ": PNG image data ends after " + (y0 + got / line)
                            + " of " + height + " rows");
                }
                for (int r = 0; r < rows; r++) {
                    int y = y0 + r, cur = r * line;
                    byte[] prevRows = r == 0 ? above : chunk;
                    int prev = r == 0 ? 0 : cur - line;
                    unfilter(chunk, cur, prevRows, prev, stride, bpp, y, name);
                    if (halver == null) {
                        pack(chunk, cur + 1, sink.rowArray(), sink.rowOffset(), width, bpp);
                        sink.rowDone();
                    } else if ((y & 1) == 1) {
                        // Halve the pair straight from the unfiltered bytes, packing neither row.
                        halver.rgbPair(prevRows, prev + 1, chunk, cur + 1);
                    }
                }
                System.arraycopy(chunk, (rows - 1) * line, above, 0, line);
            }
            if (!data.endsWithIend()) throw new DecodeException("truncated", name + ": PNG has no IEND chunk");
        } catch (DataFormatException e) {
            throw new DecodeException("corrupt", name + ": PNG image data is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** The zlib stream spread over the IDAT chunks, inflated on demand. */
    private static final class ImageData implements AutoCloseable {
        private final byte[] b;
        private final ByteBuffer bb;
        private final String name;
        private final Inflater inf = new Inflater();
        private int pos = 8;
        private boolean sawEnd;

        ImageData(byte[] b, String name) {
            this.b = b;
            this.bb = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
            this.name = name;
        }

        /** Fills {@code out[0, len)}; returns how many bytes it got, less than {@code len} when the data ends first. */
        int fill(byte[] out, int len) throws DataFormatException, DecodeException {
            int filled = 0;
            while (filled < len) {
                if (inf.finished()) return filled;
                if (inf.needsInput()) {
                    if (!nextIdat()) return filled;
                    continue;
                }
                int n = inf.inflate(out, filled, len - filled);
                if (n == 0 && inf.needsDictionary()) throw new DecodeException("corrupt", name + ": PNG stream needs a dictionary");
                if (n == 0 && !inf.needsInput() && !inf.finished()) {
                    throw new DecodeException("corrupt", name + ": PNG image data makes no progress");
                }
                filled += n;
            }
            return filled;
        }

        /** Feeds the next IDAT chunk to the inflater; false at IEND or where the chunks stop making sense. */
        private boolean nextIdat() {
            while (pos + 8 <= b.length) {
                int len = bb.getInt(pos), type = bb.getInt(pos + 4);
                if (len < 0 || pos + 12L + len > b.length) return false;
                if (type == IEND) {
                    sawEnd = true;
                    return false;
                }
                int start = pos + 8;
                pos += 12 + len;
                if (type == IDAT && len > 0) {
                    inf.setInput(b, start, len);
                    return true;
                }
            }
            return false;
        }

        /** Whether the chunks after the image data reach an IEND chunk (a file cut short does not). */
        boolean endsWithIend() {
            while (!sawEnd && pos + 8 <= b.length) {
                int len = bb.getInt(pos), type = bb.getInt(pos + 4);
                if (len < 0 || pos + 12L + len > b.length) return false;
                if (type == IEND) sawEnd = true;
                pos += 12 + len;
            }
            return sawEnd;
        }

        @Override
        public void close() {
            inf.end();
        }
    }

    /** Unfilters the row at {@code c} (filter type, then samples) against the unfiltered row above at {@code p}. */
    private static void unfilter(byte[] cur, int c, byte[] prev, int p, int stride, int bpp, int y, String name)
            throws DecodeException {
        int end = stride + 1;
        switch (cur[c]) {
            case 0 -> { }
            case 1 -> {
                for (int i = bpp + 1; i < end; i++) cur[c + i] += cur[c + i - bpp];
            }
            case 2 -> {
                for (int i = 1; i < end; i++) cur[c + i] += prev[p + i];
            }
            case 3 -> {
                for (int i = 1; i <= bpp; i++) cur[c + i] += (byte) ((prev[p + i] & 0xff) >> 1);
                for (int i = bpp + 1; i < end; i++) {
                    cur[c + i] += (byte) (((cur[c + i - bpp] & 0xff) + (prev[p + i] & 0xff)) >> 1);
                }
            }
            case 4 -> {
                for (int i = 1; i <= bpp; i++) cur[c + i] += prev[p + i];
                for (int i = bpp + 1; i < end; i++) {
                    cur[c + i] += (byte) paeth(cur[c + i - bpp] & 0xff, prev[p + i] & 0xff, prev[p + i - bpp] & 0xff);
                }
            }
            default -> throw new DecodeException("corrupt", name + ": PNG row " + y + " has unknown filter " + cur[c]);
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /** Packs the unfiltered samples at {@code row[at...]} into 0xRRGGBB ints at {@code out[base...]}. */
    private static void pack(byte[] row, int at, int[] out, int base, int width, int bpp) {
        switch (bpp) {
            case 3 -> {
                for (int x = 0, i = at; x < width; x++, i += 3) {
                    out[base + x] = (row[i] & 0xff) << 16 | (row[i + 1] & 0xff) << 8 | (row[i + 2] & 0xff);
                }
            }
            case 4 -> {
                for (int x = 0, i = at; x < width; x++, i += 4) {
                    int a = row[i + 3] & 0xff;
                    out[base + x] = a == 255
                            ? (row[i] & 0xff) << 16 | (row[i + 1] & 0xff) << 8 | (row[i + 2] & 0xff)
                            : overWhite(row[i] & 0xff, a) << 16 | overWhite(row[i + 1] & 0xff, a) << 8 | overWhite(row[i + 2] & 0xff, a);
                }
            }
            case 1 -> {
                for (int x = 0; x < width; x++) {
                    int g = row[at + x] & 0xff;
                    out[base + x] = g << 16 | g << 8 | g;
                }
            }
            default -> {
                for (int x = 0, i = at; x < width; x++, i += 2) {
                    int g = overWhite(row[i] & 0xff, row[i + 1] & 0xff);
                    out[base + x] = g << 16 | g << 8 | g;
                }
            }
        }
    }

    private static int overWhite(int v, int alpha) {
        return (v * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
