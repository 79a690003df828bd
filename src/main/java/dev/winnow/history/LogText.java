package dev.winnow.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A decision log's lines, decoded by one rule:
 * <ol>
 *   <li>a byte-order mark decides: UTF-8, UTF-16 LE/BE or UTF-32 LE/BE;</li>
 *   <li>without one, zero bytes in every other position mean UTF-16 (reported as a guess);</li>
 *   <li>otherwise UTF-8. A line with bytes that are not UTF-8 in a file that is otherwise UTF-8 (it has other
 *       non-ASCII characters that decode) is marked, and its row is rejected alone;</li>
 *   <li>a file with non-UTF-8 bytes and no UTF-8 character at all is an 8-bit file: read as Windows-1252, or as
 *       Latin-1 when it holds bytes Windows-1252 leaves undefined; the fallback is reported.</li>
 * </ol>
 * A file whose first line holds control bytes, or whose bytes are more than a tenth control bytes, is not text
 * and is refused. Lines end at CR LF, LF or CR.
 */
record LogText(List<String> lines, BitSet undecodable, String encoding, String note) {
    /** Larger than any decision log (the biggest real one is ~2.5 MB for 7,194 rows); read whole into memory. */
    static final long MAX_BYTES = 256L << 20;
    /** Random bytes are ~13% control bytes; text, even with a damaged row, is far below this. */
    private static final double CONTROL_SHARE = 0.10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes Windows-1252 does not define: a file holding them is read as Latin-1 instead. */
    private static final int[] CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    /** A file that cannot be read as a log at all. */
    static final class NotText extends Exception {
        NotText(String why) {
            super(why);
        }
    }

    static LogText read(Path file) throws NotText {
        if (Files.isDirectory(file)) throw new NotText("is a folder, not a log file");
        if (!Files.isRegularFile(file)) throw new NotText("no such file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new NotText(String.format("%,d bytes: larger than any decision log (limit %,d MB)", size, MAX_BYTES >> 20));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NotText("cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (bytes.length == 0) throw new NotText("the file is empty");
        return decode(bytes);
    }

    static LogText decode(byte[] b) throws NotText {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return utf8(b, 3, "UTF-8 (byte-order mark)", null);
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return wide(b, 4, Charset.forName("UTF-32LE"), "UTF-32LE (byte-order mark)", null);
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return wide(b, 4, Charset.forName("UTF-32BE"), "UTF-32BE (byte-order mark)", null);
        if (startsWith(b, 0xFF, 0xFE)) return wide(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (byte-order mark)", null);
        if (startsWith(b, 0xFE, 0xFF)) return wide(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (byte-order mark)", null);
        Charset guess = utf16WithoutMark(b);
        if (guess != null) {
            return wide(b, 0, guess, guess.name(), "no byte-order mark; read as " + guess.name() + " (every other byte is zero)");
        }
        requireText(b);
        Utf8Check check = Utf8Check.of(b);
        if (check.malformed() == 0 || check.multiByte() > 0) {
            return utf8(b, 0, "UTF-8", check.malformed() == 0 ? null
                    : "lines with bytes that are not UTF-8 are rejected (the rest of the file is UTF-8)");
        }
        boolean latin1 = false;
        for (byte x : b) for (int u : CP1252_UNDEFINED) latin1 |= (x & 0xff) == u;
        Charset cs = latin1 ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
        String name = latin1 ? "ISO-8859-1" : "windows-1252";
        List<String> lines = new ArrayList<>();
        for (int[] span : byteLines(b, 0)) lines.add(new String(b, span[0], span[1] - span[0], cs));
        return new LogText(lines, new BitSet(), name, "not UTF-8 (first such byte on line " + check.firstMalformedLine()
                + ") and no UTF-8 character anywhere: read as " + name);
    }

    private static LogText utf8(byte[] b, int from, String encoding, String note) {
        List<String> lines = new ArrayList<>();
        BitSet bad = new BitSet();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int[] span : byteLines(b, from)) {
            ByteBuffer bytes = ByteBuffer.wrap(b, span[0], span[1] - span[0]);
            try {
                lines.add(strict.decode(bytes).toString());
            } catch (CharacterCodingException e) {
                bad.set(lines.size());
                lines.add(new String(b, span[0], span[1] - span[0], StandardCharsets.UTF_8));
            }
        }
        return new LogText(lines, bad, encoding, note);
    }

    /** UTF-16/32: decoded whole (a damaged code unit becomes U+FFFD and marks its line), then split. */
    private static LogText wide(byte[] b, int from, Charset cs, String encoding, String note) throws NotText {
        String text = new String(b, from, b.length - from, cs);
        List<String> lines = new ArrayList<>();
        BitSet bad = new BitSet();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? 0 : text.charAt(i);
            if (end || c == '\n' || c == '\r') {
                String line = text.substring(start, i);
                if (line.indexOf('\uFFFD') >= 0) bad.set(lines.size());
                if (!end || start < i) lines.add(line);
                if (!end && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && hasControl(lines.get(0))) throw new NotText("not a text file: its first line holds control characters");
        return new LogText(lines, bad, encoding, note);
    }

    /** [start, end) of each line in bytes, without its line end. */
    private static List<int[]> byteLines(byte[] b, int from) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                out.add(new int[] {start, i});
                if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < b.length) out.add(new int[] {start, b.length});
        return out;
    }

    private static void requireText(byte[] b) throws NotText {
        int control = 0;
        int firstLineEnd = b.length;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                firstLineEnd = i;
                break;
            }
        }
        for (int i = 0; i < b.length; i++) {
            if (isControl(b[i] & 0xff)) {
                control++;
                if (i < firstLineEnd) throw new NotText("not a text file: its first line holds control bytes (byte " + i + ")");
            }
        }
        if (control > CONTROL_SHARE * b.length) {
            throw new NotText(String.format("not a text file: %.0f%% of its bytes are control bytes", 100.0 * control / b.length));
        }
    }

    /** UTF-16 written without a byte-order mark: in its first 4 KB nearly every other byte is zero. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) zeroEven++;
            if (b[i + 1] == 0) zeroOdd++;
        }
        int pairs = n / 2;
        if (zeroOdd > 0.9 * pairs && zeroEven < 0.1 * pairs) return StandardCharsets.UTF_16LE;
        if (zeroEven > 0.9 * pairs && zeroOdd < 0.1 * pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) if (isControl(s.charAt(i))) return true;
        return false;
    }

    /** Control characters no log value holds (tab and line ends are fine). */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** How many well-formed multi-byte UTF-8 characters and malformed bytes a file holds. */
    private record Utf8Check(int multiByte, int malformed, int firstMalformedLine) {
        static Utf8Check of(byte[] b) {
            int multi = 0, bad = 0, line = 1, firstBadLine = 0;
            for (int i = 0; i < b.length; ) {
                int c = b[i] & 0xff;
                if (c == '\n') line++;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 ? 2 : 0;
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
                if (ok) {
                    multi++;
                    i += len;
                } else {
                    bad++;
                    if (firstBadLine == 0) firstBadLine = line;
                    i++;
                }
            }
            return new Utf8Check(multi, bad, firstBadLine);
        }
    }
}
