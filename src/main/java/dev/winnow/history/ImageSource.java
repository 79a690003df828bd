package dev.winnow.history;

import dev.winnow.catalog.FolderTree;
import dev.winnow.catalog.ImageFormats;
import dev.winnow.common.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A folder or a .zip of images, read in place: nothing is extracted to disk and nothing in it is ever written.
 * Hidden files, macOS resource forks and non-images are skipped (and reported when they look like images).
 */
interface ImageSource extends AutoCloseable {

    /** Image entries in path order; odd entries are reported into {@code problems}. */
    List<SourceEntry> images(Problems problems) throws IOException;

    InputStream open(SourceEntry entry) throws IOException;

    /** Where the source lives, for messages. */
    String describe();

    /**
     * What the source holds besides images, counted by extension (e.g. "1 .zip, 2 .txt; nested archives are not
     * opened"), for the message that it holds no image; "" when it holds nothing else.
     */
    String otherFiles() throws IOException;

    /** Counts names by extension into a short phrase; notes when one of them is an archive. */
    static String describeOthers(List<String> names) {
        java.util.Map<String, Integer> byExt = new java.util.TreeMap<>();
        for (String n : names) {
            int dot = n.lastIndexOf('.');
            byExt.merge(dot > 0 ? n.substring(dot).toLowerCase(Locale.ROOT) : "(no extension)", 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        byExt.forEach((ext, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(ext));
        if (byExt.containsKey(".zip")) sb.append("; archives inside an archive or folder are not opened");
        return sb.toString();
    }

    @Override
    void close() throws IOException;

    static ImageSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) return new FolderSource(path);
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new ZipSource(path);
        }
        if (!Files.exists(path)) throw new IllegalArgumentException("no such folder or file: " + FolderTree.describe(path));
        throw new IllegalArgumentException(FolderTree.describe(path) + " is neither a folder nor a .zip archive");
    }

    /** Null when the entry is an image to use, else why it is skipped ("" = silently: not an image at all). */
    static String skipReason(String path, String name) {
        if (name.startsWith("._") || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/")) return "";
        if (name.startsWith(".")) return "";
        if (!ImageFormats.isImageName(name)) return "";
        return null;
    }
}
