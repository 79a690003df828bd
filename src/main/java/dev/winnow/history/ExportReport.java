package dev.winnow.history;

import java.util.Map;

/** What `winnow export` wrote: rows written, and decisions left out by reason (the format cannot express them). */
public record ExportReport(String projectId, String format, int written, Map<String, Integer> skipped) {
}
