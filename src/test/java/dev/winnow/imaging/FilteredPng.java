package dev.winnow.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG encoder for tests that chooses the filter of every row itself (row y uses filter y % 5, so each of
 * the five filter types is exercised), which ImageIO's writer does not let a test control.
 */
final class FilteredPng {
    private FilteredPng() {
    }

    /** 8-bit samples of a textured image with {@code channels} samples per pixel (1 gray, 2 gray+alpha, 3, 4). */
    static byte[] samples(int width, int height, int channels, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] s = new byte[width * height * channels];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++, i++) {
                    boolean alpha = c == channels - 1 && (channels == 2 || channels == 4);
                    // Alpha covers opaque, transparent and partial values; colour mixes gradients and noise.
                    int v = alpha ? new int[] {255, 0, 128, 37, 255, 200}[(x + y) % 6]
                            : (x * 7 + y * 3 + c * 50 + r.nextInt(40)) & 0xff;
                    s[i] = (byte) v;
                }
            }
        }
        return s;
    }

    static byte[] encode(int width, int height, int colourType, byte[] samples) {
        int channels = switch (colourType) {
            case 0 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            case 6 -> 4;
            default -> throw new IllegalArgumentException("colour type " + colourType);
        };
        int stride = width * channels;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] prev = new byte[stride];
        for (int y = 0; y < height; y++) {
            byte[] cur = new byte[stride];
            System.arraycopy(samples, y * stride, cur, 0, stride);
            int filter = y % 5;
            raw.write(filter);
            for (int i = 0; i < stride; i++) {
                int a = i >= channels ? cur[i - channels] & 0xff : 0, b = prev[i] & 0xff;
                int c = i >= channels ? prev[i - channels] & 0xff : 0;
                int predictor = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) >> 1;
                    default -> paeth(a, b, c);
                };
                raw.write((cur[i] - predictor) & 0xff);
            }
            prev = cur;
        }
        Deflater d = new Deflater();
        d.setInput(raw.toByteArray());
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) z.write(buf, 0, d.deflate(buf));
        d.end();

        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) colourType)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] all = z.toByteArray();
        int half = all.length / 2;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ihdr.array());
        // Two IDAT chunks, so the decoder has to carry the zlib stream across a chunk boundary.
        chunk(png, "IDAT", java.util.Arrays.copyOfRange(all, 0, half));
        chunk(png, "IDAT", java.util.Arrays.copyOfRange(all, half, all.length));
        chunk(png, "tEXt", "Comment\0written after the image data".getBytes(StandardCharsets.ISO_8859_1));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
