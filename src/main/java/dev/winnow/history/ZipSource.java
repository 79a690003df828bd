package dev.winnow.history;

import dev.winnow.common.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A .zip of images read through random access: entries are decoded straight from the archive, never extracted.
 * Directory entries, resource forks and non-images are skipped; unsafe or repeated entry names are reported.
 */
final class ZipSource implements ImageSource {
    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> byPath = new HashMap<>();

    ZipSource(Path file) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        try {
            this.zip = new ZipFile(this.file.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a readable zip archive: " + e.getMessage(), e);
        }
    }

    @Override
    public List<SourceEntry> images(Problems problems) {
        List<SourceEntry> out = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.isDirectory()) continue;
            String path = e.getName().replace('\\', '/');
            while (path.startsWith("/")) path = path.substring(1);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (ImageSource.skipReason(path, name) != null) continue;
            if (path.contains("../") || path.startsWith("..")) {
                problems.add(e.getName(), "odd-zip-entry", "entry path leaves the archive root; skipped");
                continue;
            }
            if (byPath.putIfAbsent(path, e) != null) {
                problems.add(path, "duplicate-zip-entry", "the archive holds this path more than once; the first is used");
                continue;
            }
            out.add(new SourceEntry(path, name, Math.max(0, e.getSize())));
        }
        out.sort(Comparator.comparing(SourceEntry::path));
        return out;
    }

    @Override
    public InputStream open(SourceEntry entry) throws IOException {
        ZipEntry e = byPath.get(entry.path());
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
