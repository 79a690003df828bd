package dev.winnow.cli;

import dev.winnow.review.HeadlessChromium;
import dev.winnow.review.ReviewBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** `winnow bench review`: batch page serve time and in-browser key-to-update time. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Generate a 100-set project in a temp folder, serve it with the reviewer and time the 100-set batch page;"
                + " then press keys in headless Chromium and report key-press-to-next-frame times measured in the page."},
        footer = {"", "Examples:", "  winnow bench review", "  winnow bench review --browser /usr/bin/chromium --screenshot bench.png",
                "Targets: batch page < 1 s; key press to update < 50 ms. Without a Chromium only the server part runs."})
final class BenchReviewCommand extends WinnowSubcommand {
    @Mixin
    BrowserOptions browser;

    @Override
    int run(CommandContext ctx) throws Exception {
        ReviewBenchmark.Result r = new ReviewBenchmark().run(HeadlessChromium.find(browser.browser), browser.screenshot);
        ctx.out().say(String.format(Locale.ROOT, "bench review: %d sets, %d images (PNG + companion, cached thumbnails, predictions)",
                r.sets(), r.images()));
        ctx.out().say(String.format(Locale.ROOT, "  server start (batch of 100 made, request path warmed): %.0f ms", r.serverStartMs()));
        ctx.out().say(String.format(Locale.ROOT, "  batch page (HTML + %,d-byte batch data): first %.0f ms (fresh HTTP client), then median %.1f ms, max %.1f ms (target < 1000 ms)",
                r.batchJsonBytes(), r.coldPageMs(), r.warmPageMedianMs(), r.warmPageMaxMs()));
        if (r.browserNote() != null) {
            ctx.out().say("  browser part skipped: " + r.browserNote());
        } else {
            ctx.out().say(String.format(Locale.ROOT, "  in %s: page ready %.0f ms after navigation start", r.browser(), r.browserReadyMs()));
            line(ctx, "choose keys (1/A/S, then next set)", r.chooseKeys());
            line(ctx, "navigation keys (Up/Enter)", r.navigationKeys());
            line(ctx, "undo (U, includes the server round trip)", r.undoKeys());
        }
        if (browser.screenshot != null && r.browserNote() == null) ctx.out().say("  screenshot -> " + browser.screenshot.toAbsolutePath());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", r);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        ctx.out().result(m);
        return OK;
    }

    private static void line(CommandContext ctx, String what, ReviewBenchmark.Stats s) {
        if (s == null) return;
        ctx.out().say(String.format(Locale.ROOT, "  key press -> next frame, %s: median %.1f ms, p95 %.1f ms over %d presses (target < 50 ms)",
                what, s.medianMs(), s.p95Ms(), s.count()));
    }
}
