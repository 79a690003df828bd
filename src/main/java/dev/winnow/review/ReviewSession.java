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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One reviewing session of one project: what the browser asks for and tells, without HTTP. The session id
 * starts with the local start time ({@code 20251004_231807_...}) as in the user's earlier logs. The auto-accept
 * cut belongs to the session (off unless asked for) and is applied to the open batch whenever it is shown.
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
    private final AutoAccept autoAccept;
    private final HeldOutAgreement heldOut;
    private volatile Double cut;
    private final Map<String, List<BatchSetRow>> batchSets = new ConcurrentHashMap<>();

    ReviewSession(Store store, String projectId, Reviewer.Options options, HeatmapSource heatmaps, PastSetsView past,
                  HeldOutAgreement heldOut, Journal.Listener listener) {
        this.projectId = projectId;
        this.order = options.order();
        this.batches = new ReviewBatchRepository(store);
        this.queue = new ReviewQueue(store, options.batchSize());
        this.decisions = new ReviewDecisions(store);
        this.view = new BatchView(store, decisions, heatmaps, past);
        this.finalizer = new Finalizer(store, decisions, listener);
        this.autoAccept = new AutoAccept(store, decisions);
        this.heldOut = heldOut;
        this.cut = options.autoAccept() != null ? options.autoAccept() : standingCut(projectId);
        byte[] r = new byte[2];
        new SecureRandom().nextBytes(r);
        this.id = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_" + HexFormat.of().formatHex(r);
        batches.startSession(id, projectId);
    }

    /** A session with the default heatmaps, no held-out figures and the given order and batch size (tests, tools). */
    ReviewSession(Store store, String projectId, ReviewOrder order, int batchSize, Journal.Listener listener) {
        this(store, projectId, new Reviewer.Options(0, order, batchSize, null),
                ExcessHeatmapSource.before(new StripHeatmapSource(store), store),
                new PastSetsView(store, projectId), HeldOutAgreement.NONE, listener);
    }

    /**
     * The cut of the project's open batch as a previous session left it (the lowest cut its standing auto-accepted
     * sets were taken at), so that reopening the reviewer keeps them; null when none stand.
     */
    private Double standingCut(String projectId) {
        return batches.active(projectId).flatMap(b -> decisions.current(b.id()).values().stream()
                .filter(ReviewChoiceRow::auto).map(ReviewChoiceRow::cut).filter(java.util.Objects::nonNull)
                .min(Double::compare)).orElse(null);
    }

    String id() {
        return id;
    }

    String projectId() {
        return projectId;
    }

    BatchPage page() {
        return show(queue.current(projectId, order).orElse(null));
    }

    /** Starts the next batch once the current one is finalized. */
    BatchPage next() {
        Optional<ReviewBatchRow> active = batches.active(projectId);
        if (active.isPresent()) throw new IllegalStateException("batch " + active.get().id() + " is not finalized yet");
        return show(queue.next(projectId, order).orElse(null));
    }

    /** Sets the auto-accept cut (null turns it off) and shows the batch with it applied. */
    BatchPage autoAccept(Double newCut) {
        if (newCut != null && !(newCut > 0 && newCut <= 1)) {
            throw new IllegalArgumentException("the auto-accept cut is a confidence in (0, 1], got " + newCut);
        }
        cut = newCut;
        return page();
    }

    ChoiceResult choose(String batchId, long setId, Long fileId, String cropSource, CropBox editorCrop) {
        ReviewBatchRow batch = batch(batchId);
        ReviewChoiceRow row = decisions.record(batch, set(batchId, setId), id, fileId, cropSource, editorCrop);
        return result(batch, setId, row);
    }

    /** Undoes the batch's last choice by the curator; the result names the set whose choice went back. */
    Optional<ChoiceResult> undo(String batchId) {
        ReviewBatchRow batch = batch(batchId);
        return decisions.undoLast(batch).map(u -> result(batch, u.setId(), decisions.current(batchId).get(u.setId())));
    }

    /** Reverts one auto-accepted set: it waits for the curator's own choice. */
    ChoiceResult revert(String batchId, long setId) {
        ReviewBatchRow batch = batch(batchId);
        set(batchId, setId);
        decisions.revertAuto(batch, setId);
        return result(batch, setId, decisions.current(batchId).get(setId));
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

    private BatchPage show(ReviewBatchRow batch) {
        Double c = cut;
        if (batch != null) autoAccept.apply(batch, setsOf(batch.id()), id, c);
        BatchPage.Triage triage = new BatchPage.Triage(c, c == null ? null : heldOut.at(projectId, c).orElse(null),
                c == null ? null : autoAccept.own(projectId, c).orElse(null));
        return view.page(projectId, id, batch, triage);
    }

    private ChoiceResult result(ReviewBatchRow batch, long setId, ReviewChoiceRow row) {
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        return new ChoiceResult(setId, BatchView.choice(row),
                BatchView.progress(setsOf(batch.id()).size(), current.values()));
    }

    /** A batch's sets never change once it is made: read once per session (a choice otherwise read them twice). */
    private List<BatchSetRow> setsOf(String batchId) {
        return batchSets.computeIfAbsent(batchId, batches::sets);
    }

    private BatchSetRow set(String batchId, long setId) {
        return setsOf(batchId).stream().filter(s -> s.setId() == setId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("set " + setId + " is not in batch " + batchId));
    }

    private ReviewBatchRow batch(String batchId) {
        ReviewBatchRow b = batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("unknown batch " + batchId));
        if (!b.projectId().equals(projectId)) throw new IllegalArgumentException("batch " + batchId + " belongs to another project");
        return b;
    }
}
