package dev.winnow.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a project's finals into a zip as a Mac user would send it: a folder entry, the files under that folder,
 * and the usual {@code __MACOSX/} AppleDouble junk that readers must skip.
 */
final class FinalZipWriter {
    private FinalZipWriter() {
    }

    static void write(Path finalsDir, String pid, LocalDateTime entryTime, Path zip) {
        List<Path> files;
        try (Stream<Path> s = Files.list(finalsDir)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + finalsDir, e);
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            directory(z, pid + "/", entryTime);
            for (Path f : files) {
                entry(z, pid + "/" + f.getFileName(), entryTime, Files.readAllBytes(f));
            }
            directory(z, "__MACOSX/", entryTime);
            if (!files.isEmpty()) {
                entry(z, "__MACOSX/" + pid + "/._" + files.get(0).getFileName(), entryTime, appleDouble());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        }
    }

    /** An AppleDouble header (magic 0x00051607, version 2) with no entries: what Finder's "._" files start with. */
    private static byte[] appleDouble() {
        byte[] header = new byte[26];
        header[1] = 0x05;
        header[2] = 0x16;
        header[3] = 0x07;
        header[5] = 0x02;
        return header;
    }

    private static void directory(ZipOutputStream z, String name, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        z.putNextEntry(e);
        z.closeEntry();
    }

    /** Images are compressed already, so they are stored (as `zip -n .png:.jpg` does); text is deflated. */
    private static void entry(ZipOutputStream z, String name, LocalDateTime time, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        if (name.endsWith(".png") || name.endsWith(".jpg")) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        z.putNextEntry(e);
        z.write(bytes);
        z.closeEntry();
    }
}
