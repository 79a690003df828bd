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
 * skips hidden files and Winnow's own {@code __*} output folders (finalize writes those inside the project). What
 * it cannot catalogue is reported with a reason, never skipped without a word: a link whose target is gone
 * ({@link #DANGLING_LINK}), a link loop, a FIFO, socket or device ({@link #NOT_A_FILE}), and a folder named like an
 * image ({@link #FOLDER_NAMED_AS_IMAGE}, a notice: its contents are still scanned).
 */
final class ProjectWalker {
    static final String DANGLING_LINK = "dangling-symlink";
    static final String SYMLINK_LOOP = "symlink-loop";
    static final String NOT_A_FILE = "not-a-file";
    static final String FOLDER_NAMED_AS_IMAGE = "folder-named-as-image";

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
                    if (ImageFormats.isImageName(n)) {
                        problems.add(relative(root, dir), FOLDER_NAMED_AS_IMAGE, "a folder, not an image; its contents are scanned");
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                String rel = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    // Following failed: the walk hands over the link itself.
                    problems.add(rel, DANGLING_LINK, "symbolic link to " + linkTarget(file) + ", which does not exist or cannot be read");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    problems.add(rel, NOT_A_FILE, "not a regular file (a FIFO, socket or device); skipped");
                    return FileVisitResult.CONTINUE;
                }
                int slash = rel.lastIndexOf('/');
                out.add(new Entry(rel, slash < 0 ? "" : rel.substring(0, slash), name, attrs.size(),
                        attrs.lastModifiedTime().toMillis()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = file.equals(root) ? "." : relative(root, file);
                if (e instanceof FileSystemLoopException) {
                    problems.add(rel, SYMLINK_LOOP, "link points back into a folder already being scanned");
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

    private static String linkTarget(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "an unknown target";
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
