package dev.winnow.review;

import dev.winnow.catalog.Catalog;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Front door of the reviewer: serve a project for reviewing, resume an interrupted finalize, undo a finalized
 * batch, and report pace and agreement.
 */
public final class Reviewer {
    /**
     * Where the reviewer listens (0: any free port), how it orders sets, how many go into one batch, and the
     * auto-accept cut the session starts with (null: off).
     */
    public record Options(int port, ReviewOrder order, int batchSize, Double autoAccept) {
        public static Options defaults() {
            return new Options(0, ReviewOrder.TRIAGE, ReviewQueue.BATCH_SIZE, null);
        }

        public Options withPort(int p) {
            return new Options(p, order, batchSize, autoAccept);
        }

        public Options withOrder(ReviewOrder o) {
            return new Options(port, o, batchSize, autoAccept);
        }

        public Options withAutoAccept(Double cut) {
            if (cut != null && !(cut > 0 && cut <= 1)) {
                throw new IllegalArgumentException("--auto-accept takes a confidence in (0, 1], e.g. 0.95; got " + cut);
            }
            return new Options(port, order, batchSize, cut);
        }
    }

    /** A finished finalize or undo, for the CLI to print. */
    public record FinalizeResult(String batchId, String projectId, int decisionsLogged, int performed, int foundDone,
                                 int operations) {
    }

    public record UndoResult(String batchId, String projectId, int reversed, List<String> problems, boolean complete,
                             int decisionsWithdrawn) {
    }

    private final Store store;

    public Reviewer(Store store) {
        this.store = store;
    }

    /**
     * Starts the web app for a project with its current batch prepared (made now if needed, so that the first
     * page the curator opens is served warm); the caller prints {@link ReviewServer#url()} and closes it.
     */
    public ReviewServer serve(String projectId, Options options) {
        new Catalog(store).project(projectId);
        HeatmapSource heatmaps = ExcessHeatmapSource.before(new StripHeatmapSource(store), store);
        PastSetsView past = new PastSetsView(store, projectId);
        ReviewSession session = new ReviewSession(store, projectId, options, heatmaps, past,
                HeldOutAgreement.latestReport(store.home()), op -> { });
        session.page();
        return ReviewServer.start(session, new ImageSource(store, projectId, heatmaps, past::offered), new ReviewStats(store),
                options.port());
    }

    /**
     * Serves until the JVM is asked to stop (Ctrl-C): for `winnow review` and the end of `winnow demo`.
     * {@code started} is told the running server first, to print its address.
     */
    public void serveUntilStopped(String projectId, Options options, Consumer<ReviewServer> started) throws InterruptedException {
        ReviewServer server = serve(projectId, options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "winnow-review-stop"));
        started.accept(server);
        stopped.await();
    }

    /**
     * Serves the project, lets a headless Chromium draw the page once its pictures are in, writes the PNG. With
     * {@code flagged}, the page first goes to the batch's first flagged stage set and lays the heatmap over it (the
     * first set otherwise, as the curator would see it).
     */
    public void screenshot(String projectId, Options options, Path chromium, Path png, boolean flagged) throws IOException {
        try (ReviewServer server = serve(projectId, options); HeadlessChromium browser = HeadlessChromium.launch(chromium, 1600, 1000)) {
            browser.navigate(server.url().toString());
            browser.waitFor("document.body.dataset.ready === '1'", Duration.ofSeconds(60));
            String loaded = "[...document.querySelectorAll('#members img')].every(i => i.hidden || i.complete)";
            browser.waitFor(loaded, Duration.ofSeconds(120));
            if (flagged) {
                browser.evaluate("(() => { const i = sets().findIndex(s => s.ai && s.ai.anomaly && s.members.length > 1);"
                        + " if (i >= 0) { go(i); toggleHeatmap(true); } })()");
                browser.waitFor(loaded, Duration.ofSeconds(120));
            }
            Files.write(png, browser.screenshot());
        }
    }

    /** The project's batch whose finalize was interrupted, if any. */
    public Optional<String> interruptedFinalize(String projectId) {
        return new ReviewBatchRepository(store).active(projectId).filter(b -> "finalizing".equals(b.state()))
                .map(ReviewBatchRow::id);
    }

    /** Finishes an interrupted finalize from its journal. */
    public FinalizeResult resumeFinalize(String batchId) {
        Finalizer.Report r = finalizer().finalizeBatch(batchId);
        return new FinalizeResult(r.batchId(), r.projectId(), r.decisionsLogged(), r.performed(), r.foundDone(), r.operations());
    }

    /** Puts back every file of a finalized batch; {@code batchId} null means the most recently finalized one. */
    public UndoResult undo(String batchId) {
        String id = batchId != null ? batchId : new ReviewBatchRepository(store).latestUndoable().map(ReviewBatchRow::id)
                .orElseThrow(() -> new IllegalStateException("no finalized review batch to undo"));
        Finalizer.UndoReport r = finalizer().undo(id);
        return new UndoResult(r.batchId(), r.projectId(), r.reversed(), r.problems(), r.complete(), r.decisionsWithdrawn());
    }

    public ReviewStats.Report stats(String projectId) {
        return new ReviewStats(store).report(projectId);
    }

    private Finalizer finalizer() {
        return new Finalizer(store, new ReviewDecisions(store), op -> { });
    }
}
