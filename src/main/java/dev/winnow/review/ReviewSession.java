package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * One reviewing session of one project: what the browser asks for and tells, without HTTP. The session id
 * starts with the local start time ({@code 20251004_231807_...}) as in the user's earlier logs.
 */
final class ReviewSession {
    /** The answer to a choice or an undo: the set it touched, that set's choice now, and the batch's progress. */
    record ChoiceResult(long setId, BatchPage.Choice choice, BatchPage.Progress progress) {
    }

    private final String projectId;
    private final String id;
    private final ReviewOrder order;
    private final ReviewBatchRepository batches;
    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final BatchView view;
    private final Finalizer finalizer;

    ReviewSession(Store store, String projectId, ReviewOrder order, int batchSize, Journal.Listener listener) {
        this.projectId = projectId;
        this.order = order;
        this.batches = new ReviewBatchRepository(store);
        this.queue = new ReviewQueue(store, batchSize);
        this.decisions = new ReviewDecisions(store);
        this.view = new BatchView(store, decisions);
        this.finalizer = new Finalizer(store, decisions, listener);
        byte[] r = new byte[2];
        new SecureRandom().nextBytes(r);
        this.id = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_" + HexFormat.of().formatHex(r);
        batches.startSession(id, projectId);
    }

    String id() {
        return id;
    }

    String projectId() {
        return projectId;
    }

    BatchPage page() {
        return view.page(projectId, id, queue.current(projectId, order).orElse(null));
    }

    /** Starts the next batch once the current one is finalized. */
    BatchPage next() {
        Optional<ReviewBatchRow> active = batches.active(projectId);
        if (active.isPresent()) throw new IllegalStateException("batch " + active.get().id() + " is not finalized yet");
        return view.page(projectId, id, queue.next(projectId, order).orElse(null));
    }

    ChoiceResult choose(String batchId, long setId, Long fileId, String cropSource, CropBox editorCrop) {
        ReviewBatchRow batch = batch(batchId);
        BatchSetRow set = batches.sets(batchId).stream().filter(s -> s.setId() == setId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("set " + setId + " is not in batch " + batchId));
        ReviewChoiceRow row = decisions.record(batch, set, id, fileId, cropSource, editorCrop);
        return result(batch, setId, row);
    }

    /** Undoes the batch's last choice; the result names the set whose choice went back (null setId: nothing to undo). */
    Optional<ChoiceResult> undo(String batchId) {
        ReviewBatchRow batch = batch(batchId);
        return decisions.undoLast(batch).map(u -> result(batch, u.setId(), decisions.current(batchId).get(u.setId())));
    }

    Finalizer.Summary finalizeSummary(String batchId) {
        return finalizer.summary(batchId);
    }

    Finalizer.Report finalizeBatch(String batchId) {
        return finalizer.finalizeBatch(batchId);
    }

    void end() {
        batches.endSession(id);
    }

    private ChoiceResult result(ReviewBatchRow batch, long setId, ReviewChoiceRow row) {
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        return new ChoiceResult(setId, BatchView.choice(row),
                BatchView.progress(batches.sets(batch.id()).size(), current.values()));
    }

    private ReviewBatchRow batch(String batchId) {
        ReviewBatchRow b = batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("unknown batch " + batchId));
        if (!b.projectId().equals(projectId)) throw new IllegalArgumentException("batch " + batchId + " belongs to another project");
        return b;
    }
}
