package dev.winnow.cli;

import dev.winnow.app.Winnow;
import dev.winnow.review.HeadlessChromium;
import dev.winnow.review.ReviewOrder;
import dev.winnow.review.Reviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow review ID`: the keyboard reviewer in the browser. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review a project's stage sets in your browser, 100 sets a batch: the AI's pick, confidence, crop, "
                + "heatmap and the reason in plain words are shown, never chosen for you unless you set an auto-accept cut. "
                + "Finalize moves the files (journaled; `winnow undo` puts them back).",
                "Serves on 127.0.0.1 only; the printed address carries a secret token. Runs until Ctrl-C."},
        footer = {"", "Examples:", "  winnow review mojo3                      # prints http://127.0.0.1:PORT/?token=...; open it",
                "  winnow review mojo3 --order time --port 8765",
                "  winnow review mojo3 --auto-accept 0.95        # sets the AI is at least 95%% sure of are accepted for you",
                "  winnow review mojo3 --screenshot reviewer.png   # headless Chromium picture of the page, then exit",
                "  winnow review mojo3 --screenshot r.png --flagged  # ... of the first flagged set, heatmap on",
                "Keys (by position, left to right): A/S/D/F keep with the crop shown, Shift+A..F keep uncropped,",
                "      Q/W/E/R keep and draw the crop, X reject set, Z revert an auto-accepted set, Enter/Space next,",
                "      Up previous, U undo, Shift+Enter finalize, N next batch, ? help.",
                "Auto-accepted sets are listed apart, each revertible, and are no training labels until you confirm them;",
                "the page shows the agreement at the cut from the latest `winnow eval` and from your own reviewed sets."})
final class ReviewCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;
    @Option(names = "--port", defaultValue = "0", paramLabel = "P", description = "Port on 127.0.0.1 (default: any free one).")
    int port;
    @Option(names = "--order", defaultValue = "triage", paramLabel = "triage|time",
            description = "Order of sets in new batches: triage (uncertain and likely-anomaly first, default) or time.")
    String order;
    @Option(names = "--auto-accept", paramLabel = "P",
            description = "Accept the AI's pick (and crop) for sets whose confidence is at least P (0.5-1, or 50-100 as a "
                    + "percent); off by default, and changeable in the page.")
    Double autoAccept;
    @Mixin
    BrowserOptions browser;
    @Option(names = "--flagged", description = "With --screenshot: show the batch's first flagged stage set with the "
            + "heatmap on, instead of its first set.")
    boolean flaggedShot;

    @Override
    int run(CommandContext ctx) throws Exception {
        // Two reviewers of one project would hand out, finalize and resume the same batches.
        try (Winnow.Held held = ctx.winnow().exclusive("review-" + id, "winnow review " + id)) {
            return review(ctx);
        }
    }

    private int review(CommandContext ctx) throws Exception {
        Reviewer reviewer = ctx.winnow().reviewer();
        for (String batch : reviewer.interruptedFinalize(id).stream().toList()) {
            ctx.out().note("finishing the interrupted finalize of batch " + batch + " from its journal ...");
            Reviewer.FinalizeResult r = reviewer.resumeFinalize(batch);
            ctx.out().note(String.format("  done: %d operations (%d now, %d had already happened)", r.operations(),
                    r.performed(), r.foundDone()));
        }
        Reviewer.Options options = Reviewer.Options.defaults().withPort(port).withOrder(ReviewOrder.parse(order))
                .withAutoAccept(autoAccept == null ? null : autoAccept > 1 ? autoAccept / 100 : autoAccept);
        if (browser.screenshot != null) {
            Path bin = HeadlessChromium.find(browser.browser).orElseThrow(() -> new IllegalStateException(
                    "no Chromium or Chrome found for --screenshot (pass --browser PATH or set WINNOW_CHROMIUM)"));
            reviewer.screenshot(id, options, bin, browser.screenshot, flaggedShot);
            ctx.out().say("screenshot of the reviewer on " + id + " -> " + browser.screenshot.toAbsolutePath());
            ctx.out().result(Map.of("project", id, "screenshot", browser.screenshot.toAbsolutePath().toString()));
            return OK;
        }
        reviewer.serveUntilStopped(id, options, server -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", id);
            m.put("url", server.url().toString());
            m.put("stats", server.statsUrl().toString());
            m.put("session", server.sessionId());
            m.put("autoAccept", autoAccept);
            ctx.out().say("Reviewer for " + id + " (session " + server.sessionId() + "). Open:");
            ctx.out().say("  " + server.url());
            ctx.out().say("Stats: " + server.statsUrl());
            ctx.out().say("Ctrl-C stops the reviewer (your choices are saved as you make them).");
            ctx.out().result(m);
            System.out.flush();
        });
        return OK;
    }
}
