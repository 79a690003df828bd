package dev.winnow.imaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A direct decoder for the PNGs that generators write: 8-bit truecolour or greyscale, with or without alpha,
 * not interlaced. It inflates the IDAT stream and unfilters straight into packed RGB ints, which measured about
 * twice as fast as ImageIO's PNG reader followed by the conversion to TYPE_INT_RGB (`winnow bench embed` prints
 * both). Every other PNG flavour (palette, 16-bit, interlaced) returns null so the caller falls back to ImageIO.
 * Alpha is flattened onto white, as {@link ImageDecoder} does for the ImageIO path.
 */
final class PngDecoder {
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final long MAX_PIXELS = 1L << 28;

    /** Decoded pixels, 0xRRGGBB row-major. */
    record Pixels(int width, int height, int[] rgb) {
    }

    static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == '\r' && b[5] == '\n' && b[6] == 0x1a && b[7] == '\n';
    }

    /** Decodes a PNG this class supports, or returns null for one it leaves to ImageIO. */
    static Pixels decode(byte[] b, String name) throws DecodeException {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
        if (b.length < 8 + 25) throw new DecodeException("truncated", name + ": PNG shorter than its header");
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
        if (depth != 8 || channels == 0 || interlace != 0) return null;

        int stride = width * channels;
        byte[] raw = new byte[(stride + 1) * height];
        int filled = inflate(b, bb, raw, name);
        if (filled < raw.length) {
            throw new DecodeException("truncated", name + ": PNG image data ends after " + filled / (stride + 1)
                    + " of " + height + " rows");
        }
        return new Pixels(width, height, unfilter(raw, width, height, channels, name));
    }

    private static int inflate(byte[] b, ByteBuffer bb, byte[] raw, String name) throws DecodeException {
        Inflater inf = new Inflater();
        try {
            int pos = 8, filled = 0;
            boolean sawEnd = false;
            while (pos + 8 <= b.length) {
                int len = bb.getInt(pos), type = bb.getInt(pos + 4);
                if (len < 0 || pos + 12L + len > b.length) break;
                if (type == IDAT && !inf.finished()) {
                    inf.setInput(b, pos + 8, len);
                    while (!inf.needsInput() && !inf.finished() && filled < raw.length) {
                        int n = inf.inflate(raw, filled, raw.length - filled);
                        filled += n;
                        if (n == 0 && inf.needsDictionary()) throw new DecodeException("corrupt", name + ": PNG stream needs a dictionary");
                    }
                } else if (type == IEND) {
                    sawEnd = true;
                    break;
                }
                pos += 12 + len;
            }
            if (!sawEnd && filled < raw.length) return filled;
            if (!sawEnd) throw new DecodeException("truncated", name + ": PNG has no IEND chunk");
            return filled;
        } catch (DataFormatException e) {
            throw new DecodeException("corrupt", name + ": PNG image data is damaged (" + e.getMessage() + ")", e);
        } finally {
            inf.end();
        }
    }

    private static int[] unfilter(byte[] raw, int width, int height, int bpp, String name) throws DecodeException {
        int stride = width * bpp;
        int[] out = new int[width * height];
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        for (int y = 0; y < height; y++) {
            int off = y * (stride + 1);
            int filter = raw[off];
            System.arraycopy(raw, off + 1, cur, 0, stride);
            switch (filter) {
                case 0 -> { }
                case 1 -> {
                    for (int i = bpp; i < stride; i++) cur[i] += cur[i - bpp];
                }
                case 2 -> {
                    for (int i = 0; i < stride; i++) cur[i] += prev[i];
                }
                case 3 -> {
                    for (int i = 0; i < bpp; i++) cur[i] += (byte) ((prev[i] & 0xff) >> 1);
                    for (int i = bpp; i < stride; i++) cur[i] += (byte) (((cur[i - bpp] & 0xff) + (prev[i] & 0xff)) >> 1);
                }
                case 4 -> {
                    for (int i = 0; i < bpp; i++) cur[i] += prev[i];
                    for (int i = bpp; i < stride; i++) cur[i] += (byte) paeth(cur[i - bpp] & 0xff, prev[i] & 0xff, prev[i - bpp] & 0xff);
                }
                default -> throw new DecodeException("corrupt", name + ": PNG row " + y + " has unknown filter " + filter);
            }
            pack(cur, out, y * width, width, bpp);
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void pack(byte[] row, int[] out, int base, int width, int bpp) {
        switch (bpp) {
            case 3 -> {
                for (int x = 0, i = 0; x < width; x++, i += 3) {
                    out[base + x] = (row[i] & 0xff) << 16 | (row[i + 1] & 0xff) << 8 | (row[i + 2] & 0xff);
                }
            }
            case 4 -> {
                for (int x = 0, i = 0; x < width; x++, i += 4) {
                    int a = row[i + 3] & 0xff;
                    out[base + x] = a == 255
                            ? (row[i] & 0xff) << 16 | (row[i + 1] & 0xff) << 8 | (row[i + 2] & 0xff)
                            : overWhite(row[i] & 0xff, a) << 16 | overWhite(row[i + 1] & 0xff, a) << 8 | overWhite(row[i + 2] & 0xff, a);
                }
            }
            case 1 -> {
                for (int x = 0; x < width; x++) {
                    int g = row[x] & 0xff;
                    out[base + x] = g << 16 | g << 8 | g;
                }
            }
            default -> {
                for (int x = 0, i = 0; x < width; x++, i += 2) {
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
