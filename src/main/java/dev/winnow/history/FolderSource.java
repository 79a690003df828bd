package dev.winnow.history;

import dev.winnow.catalog.FolderTree;
import dev.winnow.common.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A folder tree of images, opened read-only; symbolic links followed as the scan follows them ({@link FolderTree}). */
final class FolderSource implements ImageSource {
    private final Path root;

    FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<SourceEntry> images(Problems problems) throws IOException {
        List<SourceEntry> out = new ArrayList<>();
        FolderTree.walk(root, n -> n.startsWith(".") || n.equals("__MACOSX"), problems, (rel, name, attrs) -> {
            if (ImageSource.skipReason(rel, name) == null) {
                out.add(new SourceEntry(rel, name, attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
            return true;
        });
        out.sort(Comparator.comparing(SourceEntry::path));
        return out;
    }

    @Override
    public String otherFiles() throws IOException {
        List<String> names = new ArrayList<>();
        FolderTree.walk(root, n -> n.startsWith("."), new Problems(), (rel, name, attrs) -> names.add(name));
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
