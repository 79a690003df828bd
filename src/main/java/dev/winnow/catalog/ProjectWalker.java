package dev.winnow.catalog;

import dev.winnow.common.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the regular files under a project root with {@link FolderTree} (links followed, loops and aliases
 * reported); skips hidden files and folders and Winnow's own {@code __*} output folders (finalize writes those
 * inside the project).
 */
final class ProjectWalker {
    /** A regular file found under the root, with its '/'-separated relative path. */
    record Entry(String relPath, String folder, String name, long size, long mtime) {
    }

    List<Entry> walk(Path root, Problems problems) throws IOException {
        List<Entry> out = new ArrayList<>();
        FolderTree.walk(root, ProjectWalker::skipped, problems, (rel, name, attrs) -> {
            int slash = rel.lastIndexOf('/');
            return out.add(new Entry(rel, slash < 0 ? "" : rel.substring(0, slash), name, attrs.size(),
                    attrs.lastModifiedTime().toMillis()));
        });
        return out;
    }

    /** Folders the scan never enters: hidden ones and Winnow's own output folders. */
    static boolean skipped(String folderName) {
        return folderName.startsWith(".") || folderName.startsWith("__");
    }
}
