package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.RunSummary;

import java.util.List;
import java.util.Map;

/**
 * What one scan found and changed. {@code problems} are this project's current file problems (new ones and
 * those of unchanged files carried over from earlier scans). {@code skipped} counts, by reason, what the walk met
 * but could not catalogue (dangling links, link loops, FIFOs and sockets, folders named like images).
 */
public record ScanReport(String projectId, int images, int added, int changed, int unchanged, int missing,
                         int companions, int orphanCompanions, int sets, int singles, int setsAdded, int setsChanged,
                         int setsRemoved, Map<String, Integer> skipped, List<Problem> problems, RunSummary summary) {
}
