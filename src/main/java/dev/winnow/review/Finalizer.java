package dev.winnow.review;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.Project;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.JournalOpRow;
import dev.winnow.store.JournalRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finalizes a review batch: shows what would happen, then plans, journals and performs the file moves and
 * publishes the decisions; resumes an interrupted finalize; undoes a finalized one.
 */
final class Finalizer {
    /**
     * What finalizing a batch would do, and the clashes that stop it. chosen, cropped and rejected count the
     * curator's own choices; autoAccepted (of which autoCropped with the AI's crop) the sets the cut accepted.
     */
    record Summary(String batchId, String projectId, int sets, int chosen, int cropped, int rejected, int autoAccepted,
                   int autoCropped, int undecided, long moves, long croppedWrites, long companionCopies, long folders,
                   List<String> clashes) {
    }

    /** What a finalize (or its resume) did. */
    record Report(String batchId, String projectId, boolean resumed, int decisionsLogged, int performed,
                  int foundDone, int operations) {
    }

    /**
     * What an undo did; {@code complete} is false when some files were left alone (listed in problems), and only a
     * complete undo withdraws the batch's decisions ({@code decisionsWithdrawn}).
     */
    record UndoReport(String batchId, String projectId, int reversed, List<String> problems, boolean complete,
                      int decisionsWithdrawn) {
    }

    private static final FinalizePlan.Disk DISK = new FinalizePlan.Disk() {
        @Override
        public boolean exists(Path p) {
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public long size(Path p) {
            try {
                return Files.isRegularFile(p) ? Files.size(p) : -1;
            } catch (IOException e) {
                return -1;
            }
        }
    };

    private final ReviewBatchRepository batches;
    private final JournalRepository journalRepo;
    private final FileRepository files;
    private final ProjectRepository projects;
    private final ReviewDecisions decisions;
    private final Journal journal;

    Finalizer(Store store, ReviewDecisions decisions, Journal.Listener listener) {
        this.batches = new ReviewBatchRepository(store);
        this.journalRepo = new JournalRepository(store);
        this.files = new FileRepository(store);
        this.projects = new ProjectRepository(store);
        this.decisions = decisions;
        this.journal = new Journal(journalRepo, new CropWriter(), listener);
    }

    Summary summary(String batchId) {
        ReviewBatchRow batch = batch(batchId);
        return summarize(batch, plan(batch));
    }

    /** Finalizes an open batch, or resumes one whose finalize was interrupted. */
    Report finalizeBatch(String batchId) {
        ReviewBatchRow batch = batch(batchId);
        boolean resumed = "finalizing".equals(batch.state());
        if (!resumed) {
            if (!batch.open()) throw new IllegalStateException("batch " + batchId + " is " + batch.state() + "; nothing to finalize");
            FinalizePlan plan = plan(batch);
            if (!plan.runnable()) throw new FinalizeException("batch " + batchId + " was not finalized, nothing was moved", plan.clashes());
            List<JournalOpRow> rows = new ArrayList<>();
            for (FileOp op : plan.ops()) {
                rows.add(new JournalOpRow(batchId, rows.size(), op.op(), op.source() == null ? null : op.source().toString(),
                        op.target().toString(), op.crop(), op.expectedSize(), null, JournalOpRow.PLANNED, null));
            }
            journalRepo.plan(batchId, rows);
        }
        int logged = decisions.publish(batch, batches.sets(batchId));
        Journal.Outcome outcome = journal.run(batchId);
        batches.setState(batchId, "finalized");
        return new Report(batchId, batch.projectId(), resumed, logged, outcome.performed(), outcome.alreadyDone(),
                journalRepo.ops(batchId).size());
    }

    /** Puts every file of a finalized (or half-finalized) batch back where it was. */
    UndoReport undo(String batchId) {
        ReviewBatchRow batch = batch(batchId);
        if (!List.of("finalizing", "finalized", "undoing").contains(batch.state())) {
            throw new IllegalStateException("batch " + batchId + " is " + batch.state() + "; only a finalized batch can be undone");
        }
        batches.setState(batchId, "undoing");
        Journal.Outcome outcome = journal.undo(batchId);
        boolean complete = outcome.problems().isEmpty();
        int withdrawn = 0;
        if (complete) {
            withdrawn = decisions.withdraw(batch);
            batches.setState(batchId, "undone");
        }
        return new UndoReport(batchId, batch.projectId(), outcome.performed(), outcome.problems(), complete, withdrawn);
    }

    private FinalizePlan plan(ReviewBatchRow batch) {
        Project project = projects.find(batch.projectId()).orElseThrow(() -> new IllegalStateException(
                "project " + batch.projectId() + " of batch " + batch.id() + " is not in the store"));
        Path root = Path.of(project.root());
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        CompanionFinder companions = new CompanionFinder();
        List<SetOutcome> outcomes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (BatchSetRow set : batches.sets(batch.id())) {
            ReviewChoiceRow c = current.get(set.setId());
            if (c == null) continue;
            List<SetOutcome.Member> members = new ArrayList<>();
            for (long id : set.memberIds()) {
                ImageFile f = files.byId(id).orElseThrow();
                try {
                    members.add(new SetOutcome.Member(id, f.relPath(), f.size(), companions.companionsOf(root.resolve(f.relPath()))));
                } catch (IOException e) {
                    unreadable.add(f.relPath() + ": its folder cannot be read (" + e.getMessage() + ")");
                }
            }
            outcomes.add(new SetOutcome(set.setId(), members, c.fileId(), c.crop(), c.rejectsAll()));
        }
        FinalizePlan plan = FinalizePlan.of(root, outcomes, DISK);
        if (unreadable.isEmpty()) return plan;
        List<String> clashes = new ArrayList<>(unreadable);
        clashes.addAll(plan.clashes());
        return new FinalizePlan(plan.ops(), clashes);
    }

    private Summary summarize(ReviewBatchRow batch, FinalizePlan plan) {
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        int sets = batches.sets(batch.id()).size();
        int chosen = 0, cropped = 0, rejected = 0, auto = 0, autoCropped = 0;
        for (ReviewChoiceRow c : current.values()) {
            if (c.auto()) {
                auto++;
                if (c.crop() != null) autoCropped++;
            } else if (c.rejectsAll()) rejected++;
            else if (c.crop() != null) cropped++;
            else chosen++;
        }
        return new Summary(batch.id(), batch.projectId(), sets, chosen, cropped, rejected, auto, autoCropped, sets - current.size(),
                plan.count(JournalOpRow.MOVE), plan.count(JournalOpRow.WRITE_CROP), plan.count(JournalOpRow.COPY),
                plan.count(JournalOpRow.MKDIR), plan.clashes());
    }

    private ReviewBatchRow batch(String batchId) {
        return batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("unknown review batch '" + batchId + "'"));
    }
}
