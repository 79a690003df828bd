package dev.winnow.common;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;

/**
 * Creates progress bars on stderr. On a terminal it redraws in place; without one (CI logs, pipes, --json)
 * the library would still emit ANSI redraws, so it falls back to a plain line every few seconds.
 */
public final class ProgressReporter {
    private final boolean interactive;
    private final boolean quiet;
    private final PrintStream err;

    public ProgressReporter(boolean interactive, boolean quiet, PrintStream err) {
        this.interactive = interactive;
        this.quiet = quiet;
        this.err = err;
    }

    /** Detects whether stderr is a terminal we may redraw on. */
    public static ProgressReporter forConsole(boolean quiet) {
        return new ProgressReporter(System.console() != null, quiet, System.err);
    }

    public static ProgressReporter silent() {
        return new ProgressReporter(false, true, System.err);
    }

    public Bar start(String task, long total) {
        if (quiet || total == 0) return new Bar(null);
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, 0))
                .showSpeed().setMaxRenderedLength(100).continuousUpdate();
        if (interactive) {
            b.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200);
        } else {
            b.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5_000)
                    .setConsumer(new DelegatingProgressBarConsumer(err::println, 100));
        }
        b.setSpeedUnit(ChronoUnit.SECONDS);
        return new Bar(b.build());
    }

    /** A started bar; thread-safe steps; closing prints the final state. */
    public static final class Bar implements AutoCloseable {
        private final ProgressBar bar;

        Bar(ProgressBar bar) {
            this.bar = bar;
        }

        public void step() {
            if (bar != null) bar.step();
        }

        public void stepBy(long n) {
            if (bar != null) bar.stepBy(n);
        }

        public void maxHint(long n) {
            if (bar != null) bar.maxHint(n);
        }

        public void extra(String message) {
            if (bar != null) bar.setExtraMessage(message);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
