package dev.winnow.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one numeric array from a NumPy {@code .npy} file (format versions 1 to 3) as float32: float16, float32 or
 * float64 in either byte order, any shape (flattened in C order; Fortran order is refused for more than one
 * dimension with extent above 1).
 */
public final class NpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>=|])([fi])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    public static float[] read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString());
    }

    static float[] parse(byte[] b, String name) throws IOException {
        if (b.length < 10) throw new IOException(name + ": too short for a .npy file");
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) throw new IOException(name + ": not a .npy file (bad magic)");
        }
        int major = b[6] & 0xff;
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen, headerStart;
        if (major == 1) {
            headerLen = le.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            headerLen = le.getInt(8);
            headerStart = 12;
        } else {
            throw new IOException(name + ": unsupported .npy version " + major);
        }
        if (headerLen < 0 || headerStart + headerLen > b.length) throw new IOException(name + ": header runs past the end");
        String header = new String(b, headerStart, headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        if (!d.find()) throw new IOException(name + ": unsupported dtype in header " + header.strip());
        char kind = d.group(2).charAt(0);
        int width = Integer.parseInt(d.group(3));
        if (kind != 'f' || (width != 2 && width != 4 && width != 8)) {
            throw new IOException(name + ": dtype " + d.group(1) + kind + width + " is not float16/32/64");
        }
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        long count = count(header, name);
        Matcher f = FORTRAN.matcher(header);
        if (f.find() && f.group(1).equals("True") && multiDimensional(header)) {
            throw new IOException(name + ": Fortran-ordered arrays are not supported");
        }
        int dataStart = headerStart + headerLen;
        if (dataStart + count * width > b.length) {
            throw new IOException(name + ": holds " + (b.length - dataStart) / width + " values, header says " + count);
        }
        ByteBuffer data = ByteBuffer.wrap(b, dataStart, (int) (count * width)).order(order);
        float[] out = new float[(int) count];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (width) {
                case 2 -> halfToFloat(data.getShort());
                case 4 -> data.getFloat();
                default -> (float) data.getDouble();
            };
        }
        return out;
    }

    private static long count(String header, String name) throws IOException {
        Matcher s = SHAPE.matcher(header);
        if (!s.find()) throw new IOException(name + ": header has no shape");
        long n = 1;
        for (String part : s.group(1).split(",")) {
            String t = part.strip();
            if (t.isEmpty()) continue;
            n *= Long.parseLong(t.replace("L", ""));
        }
        if (n > Integer.MAX_VALUE / 8) throw new IOException(name + ": array too large (" + n + " values)");
        return n;
    }

    private static boolean multiDimensional(String header) {
        Matcher s = SHAPE.matcher(header);
        if (!s.find()) return false;
        int big = 0;
        for (String part : s.group(1).split(",")) {
            String t = part.strip();
            if (!t.isEmpty() && Long.parseLong(t.replace("L", "")) > 1) big++;
        }
        return big > 1;
    }

    /** IEEE 754 binary16 to binary32 (Java 17 has no Float.float16ToFloat). */
    static float halfToFloat(short h) {
        int bits = h & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0x1f) return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        if (exp == 0) {
            if (mant == 0) return Float.intBitsToFloat(sign);
            float v = mant / 1024f / 16384f;
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mant << 13));
    }
}
