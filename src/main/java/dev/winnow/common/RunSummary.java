package dev.winnow.common;

import java.util.Locale;

/** The closing line of every long command: how much was done, skipped, failed, and how long it took. */
public record RunSummary(long done, long skipped, long failed, double seconds) {
    public String line() {
        return String.format(Locale.ROOT, "done %d, skipped %d, failed %d, %.1f s", done, skipped, failed, seconds);
    }
}
