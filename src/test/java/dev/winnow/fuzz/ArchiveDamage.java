package dev.winnow.fuzz;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Every way the fuzz damages a zip of finals before `winnow history` (issue 17: entry names that are not UTF-8,
 * nested archives, odd and repeated entries, corrupt entries and archives). Add a kind here and the fuzz runs it. A
 * kind says which finals (by index) it touched: every other final's set must be recovered as from the clean zip.
 */
enum ArchiveDamage {
    NAME_NOT_UTF8 {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            int i = r.nextInt(finals.size());
            List<Entry> e = new ArrayList<>(finals);
            e.set(i, new Entry(e.get(i).name().replace(".png", "_é.png"), e.get(i).data(), false));
            return new Damaged(zip(e), Set.of(i), false, "final " + i + " renamed in Latin-1");
        }
    },
    UTF8_FLAG_ON_BAD_BYTES {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            int i = r.nextInt(finals.size());
            List<Entry> e = new ArrayList<>(finals);
            e.set(i, new Entry(e.get(i).name().replace(".png", "_é.png"), e.get(i).data(), true));
            return new Damaged(zip(e), Set.of(i), false, "final " + i + " named in Latin-1 but flagged UTF-8");
        }
    },
    REPEATED_ENTRY {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            List<Entry> e = new ArrayList<>(finals);
            Entry copy = e.get(r.nextInt(e.size()));
            byte[] junk = new byte[100];
            r.nextBytes(junk);
            e.add(new Entry(copy.name(), junk, false));
            return new Damaged(zip(e), Set.of(), false, "a second entry named " + copy.name());
        }
    },
    PATH_LEAVING_THE_ARCHIVE {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            List<Entry> e = new ArrayList<>(finals);
            e.add(new Entry("../../escape_" + r.nextInt(100) + ".png", finals.get(0).data(), false));
            return new Damaged(zip(e), Set.of(), false, "a ../ entry");
        }
    },
    NESTED_ARCHIVE_BESIDE {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            List<Entry> e = new ArrayList<>(finals);
            e.add(new Entry("delivered/more.zip", zip(finals), false));
            return new Damaged(zip(e), Set.of(), false, "a zip inside, beside the finals");
        }
    },
    ONLY_A_NESTED_ARCHIVE {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            return new Damaged(zip(List.of(new Entry("finals.zip", zip(finals), false))), all(finals), true, "only a zip inside");
        }
    },
    JUNK_ENTRIES {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            List<Entry> e = new ArrayList<>(finals);
            for (Entry f : finals) e.add(new Entry("__MACOSX/delivered/._" + f.name().substring(f.name().lastIndexOf('/') + 1), new byte[] {0, 5, 22, 7}, false));
            e.add(new Entry("delivered/.DS_Store", new byte[] {0, 0, 0, 1}, false));
            e.add(new Entry("delivered/empty.png", new byte[0], false));
            e.add(new Entry("delivered/notes.txt", "x".getBytes(StandardCharsets.UTF_8), false));
            return new Damaged(zip(e), Set.of(), false, "resource forks, an empty image, a text file");
        }
    },
    CORRUPT_FINAL {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            int i = r.nextInt(finals.size());
            List<Entry> e = new ArrayList<>(finals);
            byte[] b = e.get(i).data().clone();
            if (r.nextBoolean()) {
                b = Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
            } else {
                for (int k = 0; k < 64; k++) b[r.nextInt(b.length)] ^= (byte) 0x5A;
            }
            e.set(i, new Entry(e.get(i).name(), b, false));
            return new Damaged(zip(e), Set.of(i), false, "final " + i + " corrupt");
        }
    },
    TRUNCATED_ARCHIVE {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            byte[] z = zip(finals);
            return new Damaged(Arrays.copyOf(z, 1 + r.nextInt(z.length - 1)), all(finals), true, "the archive cut short");
        }
    },
    RANDOM_BYTES_IN_ARCHIVE {
        @Override
        Damaged apply(List<Entry> finals, Random r) {
            byte[] z = zip(finals);
            for (int k = 1 + r.nextInt(6); k > 0; k--) z[r.nextInt(z.length)] ^= (byte) (1 + r.nextInt(255));
            return new Damaged(z, all(finals), true, "bytes flipped anywhere in the archive");
        }
    };

    /** One zip entry; {@code utf8Flag} sets the "name is UTF-8" flag whatever the name's bytes are. */
    record Entry(String name, byte[] data, boolean utf8Flag) {
    }

    record Damaged(byte[] zip, Set<Integer> touched, boolean mayRefuse, String what) {
    }

    abstract Damaged apply(List<Entry> finals, Random r);

    /**
     * A zip whose names are written in Latin-1 (plain ASCII names are the same in UTF-8), flags set as asked, repeated
     * names allowed (java.util.zip refuses to write them; commons-compress does not).
     */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding("ISO-8859-1");
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Entry e : entries) {
                out.putArchiveEntry(new ZipArchiveEntry(e.name()));
                out.write(e.data());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] z = bytes.toByteArray();
        for (Entry e : entries) if (e.utf8Flag()) setUtf8Flag(z, e.name().getBytes(StandardCharsets.ISO_8859_1));
        return z;
    }

    /** Sets general-purpose bit 11 in the local and central headers of the entry with this raw name. */
    private static void setUtf8Flag(byte[] z, byte[] rawName) {
        ByteBuffer b = ByteBuffer.wrap(z).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < z.length; i++) {
            int sig = b.getInt(i);
            int nameAt = sig == 0x04034b50 ? i + 30 : sig == 0x02014b50 ? i + 46 : -1;
            int lenAt = sig == 0x04034b50 ? i + 26 : i + 28;
            int flagAt = sig == 0x04034b50 ? i + 6 : i + 8;
            if (nameAt < 0 || (b.getShort(lenAt) & 0xffff) != rawName.length || nameAt + rawName.length > z.length) continue;
            if (Arrays.equals(Arrays.copyOfRange(z, nameAt, nameAt + rawName.length), rawName)) {
                b.putShort(flagAt, (short) (b.getShort(flagAt) | 0x0800));
            }
        }
    }

    private static Set<Integer> all(List<Entry> finals) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < finals.size(); i++) s.add(i);
        return s;
    }
}
