package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.List;

/**
 * How history decisions met log decisions about the same sets: merged (same winner), log decisions whose missing
 * box was filled from history, and conflicts (different winner, or boxes that disagree).
 */
public record MergeReport(String projectId, int merged, int boxesFilled, List<Problem> conflicts) {
}
