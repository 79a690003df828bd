package dev.winnow.review;

import dev.winnow.store.JournalOpRow;
import dev.winnow.store.JournalRepository;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a batch's planned file operations and undoes them. The whole plan is recorded as 'planned' before
 * anything moves; each operation is marked 'done' only after its change is flushed to disk. An interrupted run
 * therefore resumes safely: an operation still 'planned' is first checked on disk (it may have completed just
 * before the interruption) and only then performed. Undo walks the 'done' operations backwards, verifying
 * sizes (moves) and hashes (files Winnow wrote) before touching anything.
 */
final class Journal {
    /** Told after each operation's change is on disk and before it is marked done (progress; tests stop here). */
    interface Listener {
        void performed(JournalOpRow op);
    }

    /** How a run or undo went: operations carried out now, found already carried out, and files left alone. */
    record Outcome(int performed, int alreadyDone, List<String> problems) {
    }

    private final JournalRepository repo;
    private final CropWriter crops;
    private final Listener listener;

    Journal(JournalRepository repo, CropWriter crops, Listener listener) {
        this.repo = repo;
        this.crops = crops;
        this.listener = listener;
    }

    /** Performs every operation still planned, in order; stops at the first one that cannot be done safely. */
    Outcome run(String batchId) {
        int performed = 0, already = 0;
        repo.durableCommits(true);
        try {
            for (JournalOpRow op : repo.ops(batchId)) {
                if (!JournalOpRow.PLANNED.equals(op.state())) continue;
                boolean did;
                try {
                    did = perform(op);
                } catch (IOException e) {
                    throw new FinalizeException("finalize stopped at step " + op.seq() + " (" + op.op() + " " + op.target()
                            + "); nothing after it was touched; fix the cause and run it again to resume",
                            List.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                if (did) performed++;
                else already++;
                listener.performed(op);
                repo.mark(batchId, op.seq(), JournalOpRow.DONE, did ? null : "found done on resume");
            }
        } finally {
            repo.durableCommits(false);
        }
        return new Outcome(performed, already, List.of());
    }

    /** Reverses every done operation, newest first; a file that changed since is left where it is and reported. */
    Outcome undo(String batchId) {
        int performed = 0;
        List<String> problems = new ArrayList<>();
        List<JournalOpRow> ops = new ArrayList<>(repo.ops(batchId));
        Collections.reverse(ops);
        repo.durableCommits(true);
        try {
            for (JournalOpRow op : ops) {
                try {
                    boolean planned = JournalOpRow.PLANNED.equals(op.state());
                    if (!planned && !JournalOpRow.DONE.equals(op.state())) continue;
                    // A planned operation may have happened just before an interruption: reverse() checks the disk.
                    if (planned && !JournalOpRow.MOVE.equals(op.op()) && op.source() != null) {
                        Files.deleteIfExists(tmpOf(Path.of(op.target())));
                    }
                    String problem = reverse(op);
                    if (problem != null) {
                        problems.add(problem);
                        continue;
                    }
                    performed++;
                    listener.performed(op);
                    repo.mark(batchId, op.seq(), planned ? JournalOpRow.SKIPPED : JournalOpRow.UNDONE, null);
                } catch (IOException e) {
                    problems.add(op.target() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } finally {
            repo.durableCommits(false);
        }
        return new Outcome(performed, 0, problems);
    }

    /** Carries out one planned operation; false when the disk shows it had already been carried out. */
    private boolean perform(JournalOpRow op) throws IOException {
        Path target = Path.of(op.target());
        switch (op.op()) {
            case JournalOpRow.MKDIR -> {
                if (Files.isDirectory(target)) return false;
                Files.createDirectory(target);
                DiskSafety.forceFolder(target.getParent());
                return true;
            }
            case JournalOpRow.MOVE -> {
                Path source = Path.of(op.source());
                boolean sourceThere = exists(source), targetThere = exists(target);
                if (!sourceThere && targetThere && Files.size(target) == op.size()) return false;
                if (targetThere) throw new IOException(target + " already exists; it was not there when the plan was made");
                if (!sourceThere) throw new IOException(source + " has vanished");
                if (Files.size(source) != op.size()) throw new IOException(source + " changed size since the plan was made");
                Files.move(source, target);
                DiskSafety.forceFolder(target.getParent());
                DiskSafety.forceFolder(source.getParent());
                return true;
            }
            case JournalOpRow.WRITE_CROP, JournalOpRow.COPY -> {
                if (exists(target)) {
                    if (op.sha256() != null && op.sha256().equals(DiskSafety.sha256(target))) return false;
                    throw new IOException(target + " already exists and is not what this finalize wrote");
                }
                write(op, Path.of(op.source()), target);
                return true;
            }
            default -> throw new IOException("unknown journal operation " + op.op());
        }
    }

    /** Writes through a hidden temporary file whose hash is journaled before it gets its real name. */
    private void write(JournalOpRow op, Path source, Path target) throws IOException {
        Path tmp = tmpOf(target);
        Files.deleteIfExists(tmp);
        if (JournalOpRow.WRITE_CROP.equals(op.op())) {
            crops.write(source, op.crop(), tmp);
        } else {
            Files.copy(source, tmp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        DiskSafety.force(tmp);
        repo.recordWritten(op.batchId(), op.seq(), Files.size(tmp), DiskSafety.sha256(tmp));
        Files.move(tmp, target);
        DiskSafety.forceFolder(target.getParent());
    }

    /** Reverses one done operation; returns why it was left alone, or null. */
    private String reverse(JournalOpRow op) throws IOException {
        Path target = Path.of(op.target());
        switch (op.op()) {
            case JournalOpRow.MKDIR -> {
                try {
                    Files.deleteIfExists(target);
                } catch (DirectoryNotEmptyException e) {
                    return null; // a later batch put files there too; the folder stays
                }
                return null;
            }
            case JournalOpRow.MOVE -> {
                Path source = Path.of(op.source());
                boolean sourceThere = exists(source), targetThere = exists(target);
                if (!targetThere && sourceThere) return null;
                if (!targetThere) return target + " is gone; cannot put it back to " + source;
                if (sourceThere) return source + " exists again; " + target + " was left where it is";
                if (Files.size(target) != op.size()) return target + " changed size since finalize; left where it is";
                Files.createDirectories(source.getParent());
                Files.move(target, source);
                DiskSafety.forceFolder(source.getParent());
                DiskSafety.forceFolder(target.getParent());
                return null;
            }
            case JournalOpRow.WRITE_CROP, JournalOpRow.COPY -> {
                if (!exists(target)) return null;
                if (op.sha256() == null || !op.sha256().equals(DiskSafety.sha256(target))) {
                    return target + " was changed after finalize wrote it; left in place";
                }
                // Winnow wrote this file itself (same hash): removing it restores the tree as it was.
                Files.delete(target);
                DiskSafety.forceFolder(target.getParent());
                return null;
            }
            default -> {
                return "unknown journal operation " + op.op();
            }
        }
    }

    private static Path tmpOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".winnow-tmp");
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
