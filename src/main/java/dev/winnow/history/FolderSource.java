package dev.winnow.history;

import dev.winnow.common.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A folder tree of images, opened read-only. */
final class FolderSource implements ImageSource {
    private final Path root;

    FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<SourceEntry> images(Problems problems) throws IOException {
        List<SourceEntry> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && (n.startsWith(".") || n.equals("__MACOSX"))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && ImageSource.skipReason(rel, name) == null) {
                    out.add(new SourceEntry(rel, name, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(root.relativize(file).toString(), "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing(SourceEntry::path));
        return out;
    }

    @Override
    public String otherFiles() throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) names.add(file.getFileName().toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return ImageSource.describeOthers(names);
    }

    @Override
    public InputStream open(SourceEntry entry) throws IOException {
        return Files.newInputStream(root.resolve(entry.path()), StandardOpenOption.READ);
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public void close() {
        // nothing held open
    }
}
