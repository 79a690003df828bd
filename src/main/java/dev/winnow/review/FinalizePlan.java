package dev.winnow.review;

import dev.winnow.store.JournalOpRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The file operations that finalize a batch, computed without touching anything, and every reason they must
 * not run. The chosen image and its companions move to {@code __selected/}; a cropped choice is written as a
 * new file in {@code __cropped/} (with copies of the companions, because the user's pipeline expects them
 * beside every delivered image) while the untouched original and its companions move to
 * {@code __crop_originals/}; every other member moves to {@code __delete_staging/}. Relative folders are kept
 * under each of those. Nothing is ever overwritten: an existing target is a clash, and any clash means nothing
 * moves.
 */
record FinalizePlan(List<FileOp> ops, List<String> clashes) {
    static final String SELECTED = "__selected";
    static final String CROPPED = "__cropped";
    static final String CROP_ORIGINALS = "__crop_originals";
    static final String DELETE_STAGING = "__delete_staging";

    /** What the planner may ask the disk. {@code size} is -1 for a missing file. */
    interface Disk {
        boolean exists(Path p);

        long size(Path p);
    }

    FinalizePlan {
        ops = List.copyOf(ops);
        clashes = List.copyOf(clashes);
    }

    boolean runnable() {
        return clashes.isEmpty();
    }

    long count(String op) {
        return ops.stream().filter(o -> o.op().equals(op)).count();
    }

    static FinalizePlan of(Path root, List<SetOutcome> outcomes, Disk disk) {
        return new Builder(root.toAbsolutePath().normalize(), disk).build(outcomes);
    }

    private static final class Builder {
        private final Path root;
        private final Disk disk;
        private final List<FileOp> fileOps = new ArrayList<>();
        private final Set<String> clashes = new LinkedHashSet<>();
        private final Set<Path> targets = new HashSet<>();

        Builder(Path root, Disk disk) {
            this.root = root;
            this.disk = disk;
        }

        FinalizePlan build(List<SetOutcome> outcomes) {
            for (SetOutcome o : outcomes) plan(o);
            List<FileOp> all = new ArrayList<>(mkdirs());
            all.addAll(fileOps);
            return new FinalizePlan(all, new ArrayList<>(clashes));
        }

        private void plan(SetOutcome o) {
            for (SetOutcome.Member m : o.members()) {
                Path src = source(m);
                if (src == null) continue;
                boolean chosen = !o.rejected() && o.chosenFileId() != null && o.chosenFileId() == m.fileId();
                if (!chosen) {
                    moveWithCompanions(src, m, DELETE_STAGING);
                } else if (o.crop() == null) {
                    moveWithCompanions(src, m, SELECTED);
                } else {
                    Path rel = root.relativize(src);
                    Path croppedRel = rel.resolveSibling(CropWriter.outputName(rel.getFileName().toString()));
                    add(new FileOp(JournalOpRow.WRITE_CROP, src, root.resolve(CROPPED).resolve(croppedRel), o.crop(), m.scannedSize()));
                    for (Path c : m.companions()) {
                        add(new FileOp(JournalOpRow.COPY, c, target(CROPPED, c), null, disk.size(c)));
                    }
                    moveWithCompanions(src, m, CROP_ORIGINALS);
                }
            }
        }

        private Path source(SetOutcome.Member m) {
            Path src = root.resolve(m.relPath()).normalize();
            if (!src.startsWith(root) || src.equals(root)) {
                clashes.add(m.relPath() + " lies outside the project folder");
                return null;
            }
            long size = disk.size(src);
            if (size < 0) clashes.add(m.relPath() + " is missing (moved or deleted since the scan)");
            else if (size != m.scannedSize()) clashes.add(m.relPath() + " changed since it was scanned (run `winnow scan`)");
            return src;
        }

        private void moveWithCompanions(Path src, SetOutcome.Member m, String area) {
            add(new FileOp(JournalOpRow.MOVE, src, target(area, src), null, m.scannedSize()));
            for (Path c : m.companions()) add(new FileOp(JournalOpRow.MOVE, c, target(area, c), null, disk.size(c)));
        }

        private Path target(String area, Path file) {
            return root.resolve(area).resolve(root.relativize(file));
        }

        private void add(FileOp op) {
            if (!targets.add(op.target())) {
                clashes.add(root.relativize(op.target()) + " would be written twice");
            } else if (disk.exists(op.target())) {
                clashes.add(root.relativize(op.target()) + " already exists");
            }
            fileOps.add(op);
        }

        /** Folders the targets need that do not exist yet, parents first, so that undo can remove exactly those. */
        private List<FileOp> mkdirs() {
            Set<Path> missing = new HashSet<>();
            for (FileOp op : fileOps) {
                for (Path d = op.target().getParent(); d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
                    if (missing.contains(d) || disk.exists(d)) break;
                    missing.add(d);
                }
            }
            return missing.stream()
                    .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .map(d -> new FileOp(JournalOpRow.MKDIR, null, d, null, null))
                    .toList();
        }
    }
}
