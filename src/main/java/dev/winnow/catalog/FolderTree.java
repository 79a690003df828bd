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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Walks a folder tree as the user sees it, for the scan and for history's original and final folders. Symbolic
 * links are followed — a linked root, linked folders and linked files — because users link external drives and
 * synced folders in all the time (a history run over a linked original folder once found no originals at all).
 * Each folder is read once: a link back into a folder it is inside of is a loop; a link to a folder inside the root
 * is an alias of one walked under its own path (walking both would list every image twice, and which path won would
 * depend on directory order); two links to the same outside folder are walked once. A link whose target is gone, and
 * anything that is neither a file nor a folder (FIFO, socket, device), is reported with a reason; each report names
 * the link's target. A folder named like an image is reported as a notice and walked.
 */
public final class FolderTree {
    public static final String SYMLINK_LOOP = "symlink-loop";
    public static final String SYMLINK_ALIAS = "symlink-alias";
    public static final String DANGLING_LINK = "dangling-symlink";
    public static final String NOT_A_FILE = "not-a-file";
    public static final String UNREADABLE = "unreadable";
    /** A notice, not a failure: a folder named like an image is walked like any folder, and said so. */
    public static final String FOLDER_NAMED_AS_IMAGE = "folder-named-as-image";

    /**
     * Receives each regular file: its '/'-separated path under the root, its name and its (target's) attributes;
     * returns whether to go on.
     */
    public interface Visitor {
        boolean file(String relPath, String name, BasicFileAttributes attrs);
    }

    private FolderTree() {
    }

    /**
     * Visits every regular file under {@code root} whose name does not start with '.', following links; folders
     * whose name {@code skipFolder} accepts are not entered. What cannot be visited goes to {@code problems}.
     */
    public static void walk(Path root, Predicate<String> skipFolder, Problems problems, Visitor visitor) throws IOException {
        Path realRoot = root.toRealPath();
        Map<Object, String> walked = new HashMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    remember(dir, attrs);
                    return FileVisitResult.CONTINUE;
                }
                if (skipFolder.test(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                String rel = relative(root, dir);
                if (ImageFormats.isImageName(dir.getFileName().toString())) {
                    problems.add(rel, FOLDER_NAMED_AS_IMAGE, "a folder, not an image; its contents are read");
                }
                if (Files.isSymbolicLink(dir)) {
                    Path target = dir.toRealPath();
                    if (target.startsWith(realRoot)) {
                        problems.add(rel, SYMLINK_ALIAS, "symbolic link to " + target + ", a folder inside the project"
                                + " that is read under its own path (" + relativeOrSelf(realRoot, target) + "); not read twice");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String first = walked.get(key(dir, attrs));
                    if (first != null) {
                        problems.add(rel, SYMLINK_ALIAS, "symbolic link to " + target + ", already read as " + first
                                + "; not read twice");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                remember(dir, attrs);
                return FileVisitResult.CONTINUE;
            }

            private void remember(Path dir, BasicFileAttributes attrs) throws IOException {
                walked.putIfAbsent(key(dir, attrs), dir.equals(root) ? "." : relative(root, dir));
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                String rel = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    // Following failed, so the walk hands over the link itself.
                    problems.add(rel, DANGLING_LINK, "symbolic link to " + target(file) + ", which does not exist or cannot be read");
                } else if (attrs.isRegularFile()) {
                    if (!visitor.file(rel, name, attrs)) return FileVisitResult.TERMINATE;
                } else {
                    problems.add(rel, NOT_A_FILE, "neither a file nor a folder (a FIFO, socket or device); skipped");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = file.equals(root) ? "." : relative(root, file);
                if (e instanceof FileSystemLoopException) {
                    problems.add(rel, SYMLINK_LOOP, "symbolic link to " + target(file)
                            + ", a folder it is inside of; not followed");
                } else if (e instanceof AccessDeniedException) {
                    problems.add(rel, UNREADABLE, "permission denied");
                } else {
                    problems.add(rel, UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether the tree holds a file named like an image (hidden and skipped folders left out); stops at the first. */
    public static boolean holdsImages(Path root, Predicate<String> skipFolder) throws IOException {
        boolean[] found = {false};
        walk(root, skipFolder, new Problems(), (rel, name, attrs) -> !(found[0] = ImageFormats.isImageName(name)));
        return found[0];
    }

    /**
     * The path as given and, when a symbolic link is on its way, what it resolves to: "/a/LINK (a link to /b/real)".
     * For messages about a root the user named.
     */
    public static String describe(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            Path real = abs.toRealPath();
            return real.equals(abs) ? abs.toString() : abs + " (a link to " + real + ")";
        } catch (IOException e) {
            return Files.isSymbolicLink(abs) ? abs + " (a link to " + target(abs) + ", which does not exist)" : abs.toString();
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String relativeOrSelf(Path root, Path target) {
        return target.equals(root) ? "the project folder itself" : relative(root, target);
    }

    /** A folder's identity: the file system's key where it has one (inode), else its real path. */
    private static Object key(Path dir, BasicFileAttributes attrs) throws IOException {
        return attrs.fileKey() != null ? attrs.fileKey() : dir.toRealPath();
    }

    private static String target(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "an unknown target";
        }
    }
}
