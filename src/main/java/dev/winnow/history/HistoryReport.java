package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one `winnow history` run did: how many originals, sets and finals it saw, how finals were paired, the
 * decisions it stored (new, updated, unchanged), the crop states, and every problem with its reason.
 */
public record HistoryReport(long runId, String projectId, String original, String fin, int originalImages, int finals,
                            int sets, int singles, Map<String, Integer> matchedBy, int winners, int allRejected,
                            Map<String, Integer> cropStates, int ambiguousWinners, int stored, int updated,
                            int unchanged, List<Problem> problems, MergeReport merge, BindReport binding,
                            double seconds, List<Map<String, Object>> decisions) {

    public Map<String, Integer> problemsByReason() {
        Map<String, Integer> m = new TreeMap<>();
        for (Problem p : problems) m.merge(p.reason(), 1, Integer::sum);
        return m;
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || !merge.conflicts().isEmpty();
    }
}
