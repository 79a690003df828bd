package dev.winnow.catalog;

import dev.winnow.common.Problems;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the regular files under a project root. Follows symlinks (users link folders in) but reports loops;
 * skips hidden files and Winnow's own {@code __*} output folders (finalize writes those inside the project).
 */
final class ProjectWalker {
    /** A regular file found under the root, with its '/'-separated relative path. */
    record Entry(String relPath, String folder, String name, long size, long mtime) {
    }

    List<Entry> walk(Path root, Problems problems) throws IOException {
        List<Entry> out = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) {
                    String n = dir.getFileName().toString();
                    if (n.startsWith(".") || n.startsWith("__")) return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!attrs.isRegularFile() || name.startsWith(".")) return FileVisitResult.CONTINUE;
                String rel = relative(root, file);
                int slash = rel.lastIndexOf('/');
                out.add(new Entry(rel, slash < 0 ? "" : rel.substring(0, slash), name, attrs.size(),
                        attrs.lastModifiedTime().toMillis()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = file.equals(root) ? "." : relative(root, file);
                if (e instanceof FileSystemLoopException) {
                    problems.add(rel, "symlink-loop", "link points back into a folder already being scanned");
                } else if (e instanceof AccessDeniedException) {
                    problems.add(rel, "unreadable", "permission denied");
                } else {
                    problems.add(rel, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
