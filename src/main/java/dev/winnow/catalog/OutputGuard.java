package dev.winnow.catalog;

import dev.winnow.domain.Project;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Decides, before a command reads or stores anything, whether a file it was asked to write ({@code --report},
 * {@code --out}) may be written: never one of the command's inputs or a file inside an input folder, never inside a
 * registered project's folder (Winnow only reads those), never a name that is an image or would be a companion of
 * an image beside it, never the store; and the place must be writable. A refused target is an
 * {@link IllegalArgumentException} naming the option, the resolved path and the reason.
 */
final class OutputGuard {
    private static final List<String> IMAGE_EXTS = List.of("png", "jpg", "jpeg", "webp");

    private final Store store;

    OutputGuard(Store store) {
        this.store = store;
    }

    /** @param inputs files or folders the command reads (they may not exist: then they cannot clash) */
    void check(Path target, String option, Collection<Path> inputs) {
        Path resolved = resolve(target, option);
        String where = option + " " + target + (resolved.equals(target.toAbsolutePath().normalize()) ? "" : " (" + resolved + ")");
        for (Path in : inputs) {
            Path real = realOrNull(in);
            if (real == null) continue;
            if (real.equals(resolved)) refuse(where, "is one of the inputs (" + in + "); it would be overwritten");
            if (Files.isDirectory(real) && resolved.startsWith(real)) refuse(where, "is inside the input folder " + in + ", which is only read");
        }
        for (Project p : new ProjectRepository(store).all()) {
            Path root = realOrNull(Path.of(p.root()));
            if (root != null && resolved.startsWith(root)) {
                refuse(where, "is inside project " + p.id() + "'s folder " + root + ", which Winnow only reads");
            }
        }
        Path storeFile = realOrNull(store.file());
        if (storeFile != null && resolved.getParent().equals(storeFile.getParent())
                && resolved.getFileName().toString().startsWith(storeFile.getFileName().toString())) {
            refuse(where, "is Winnow's store");
        }
        String name = resolved.getFileName().toString();
        if (ImageFormats.isImageName(name)) refuse(where, "names an image file");
        String owner = imageBeside(resolved);
        if (owner != null) refuse(where, "would be a companion of the image " + owner + " beside it");
        requireWritable(resolved, where);
    }

    /** The real path of the target, or of its existing folder plus its name. */
    private static Path resolve(Path target, String option) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) refuse(option + " " + target, "is a folder; give a file name");
        Path real = realOrNull(abs);
        if (real != null) return real;
        Path parent = abs.getParent();
        Path realParent = parent == null ? null : realOrNull(parent);
        if (realParent == null || !Files.isDirectory(realParent)) {
            refuse(option + " " + target, "cannot be written: the folder " + parent + " does not exist");
        }
        return realParent.resolve(abs.getFileName());
    }

    private static void requireWritable(Path resolved, String where) {
        if (Files.exists(resolved)) {
            if (!Files.isRegularFile(resolved)) refuse(where, "is not a regular file");
            if (!Files.isWritable(resolved)) refuse(where, "cannot be written: permission denied");
        } else if (!Files.isWritable(resolved.getParent())) {
            refuse(where, "cannot be written: the folder " + resolved.getParent() + " is not writable");
        }
    }

    /** An image in the target's folder whose stem the target's name extends ("a.png" for "a.csv" or "a.x.csv"). */
    private static String imageBeside(Path resolved) {
        String name = resolved.getFileName().toString();
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String stem = name.substring(0, dot);
            for (String ext : IMAGE_EXTS) {
                for (String e : List.of(ext, ext.toUpperCase(Locale.ROOT))) {
                    Path img = resolved.resolveSibling(stem + "." + e);
                    if (Files.isRegularFile(img)) return img.getFileName().toString();
                }
            }
        }
        return null;
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static void refuse(String where, String why) {
        throw new IllegalArgumentException(where + " " + why + "; nothing was read or stored");
    }
}
