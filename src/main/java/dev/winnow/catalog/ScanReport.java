package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.RunSummary;

import java.util.List;

/**
 * What one scan found and changed. {@code problems} are this project's current file problems (new ones and
 * those of unchanged files carried over from earlier scans).
 */
public record ScanReport(String projectId, int images, int added, int changed, int unchanged, int missing,
                         int companions, int orphanCompanions, int sets, int singles, int setsAdded, int setsChanged,
                         int setsRemoved, List<Problem> problems, RunSummary summary) {
}
