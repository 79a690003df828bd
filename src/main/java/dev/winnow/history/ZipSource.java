package dev.winnow.history;

import dev.winnow.common.Excerpt;
import dev.winnow.common.Problems;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A .zip of images read through random access: entries are decoded straight from the archive, never extracted.
 * Directory entries, resource forks and non-images are skipped; unsafe or repeated entry names are reported. Entry
 * names are read one by one: UTF-8 when they are UTF-8 (or carry a Unicode extra field), else the zip standard's
 * CP437, so one odd name never makes the other entries unreadable; an entry whose data cannot be read (encrypted,
 * an unsupported method) is reported alone.
 */
final class ZipSource implements ImageSource {
    private static final Charset CP437 = Charset.forName("IBM437");

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byPath = new HashMap<>();

    ZipSource(Path file) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        try {
            this.zip = ZipFile.builder().setPath(this.file).setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(true).get();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a readable zip archive: " + e.getMessage(), e);
        }
    }

    @Override
    public List<SourceEntry> images(Problems problems) {
        List<SourceEntry> out = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            if (e.isDirectory()) continue;
            String path = name(e).replace('\\', '/');
            while (path.startsWith("/")) path = path.substring(1);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (ImageSource.skipReason(path, name) != null) continue;
            if (path.contains("../") || path.startsWith("..")) {
                problems.add(Excerpt.of(path), "odd-zip-entry", "entry path leaves the archive root; skipped");
                continue;
            }
            if (!zip.canReadEntryData(e)) {
                problems.add(Excerpt.of(path), "unreadable-zip-entry", "its data cannot be read (encrypted or an unsupported "
                        + "compression method); skipped");
                continue;
            }
            if (byPath.putIfAbsent(path, e) != null) {
                problems.add(Excerpt.of(path), "duplicate-zip-entry", "the archive holds this path more than once; the first is used");
                continue;
            }
            long time = e.getTime();
            out.add(new SourceEntry(path, name, Math.max(0, e.getSize()), time < 0 ? null : time));
        }
        out.sort(Comparator.comparing(SourceEntry::path));
        return out;
    }

    /** The entry's name: as UTF-8 when it is UTF-8 or its Unicode extra field gave one, else as CP437. */
    private static String name(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        // commons-compress replaces undecodable bytes with '?', so the raw bytes decide; a Unicode path extra field
        // (written by tools that store a legacy name beside the UTF-8 one) has already been applied to getName().
        if (raw == null || e.getExtraField(UnicodePathExtraField.UPATH_ID) != null) return e.getName();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, CP437);
        }
    }

    @Override
    public String otherFiles() {
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            String n = name(e);
            if (!e.isDirectory() && !n.startsWith("__MACOSX/")) names.add(n.substring(n.lastIndexOf('/') + 1));
        }
        return ImageSource.describeOthers(names);
    }

    @Override
    public InputStream open(SourceEntry entry) throws IOException {
        ZipArchiveEntry e = byPath.get(entry.path());
        if (e == null) throw new IOException("entry vanished from " + file + ": " + entry.path());
        return zip.getInputStream(e);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
