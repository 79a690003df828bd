package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one `winnow import` did: per file, then per project the binding to catalogued files and the merge with
 * history. {@code reidentified} counts stored log decisions an earlier Winnow identified by their raw text and
 * this import re-identified by meaning (once per store); {@code repeatsKept} of them repeat another decision and
 * were kept as they are.
 */
public record ImportReport(List<LogFileReport> files, List<BindReport> bindings, List<MergeReport> merges,
                           int reidentified, int repeatsKept) {

    public int imported() {
        return files.stream().mapToInt(LogFileReport::imported).sum();
    }

    public int alreadyPresent() {
        return files.stream().mapToInt(LogFileReport::alreadyPresent).sum();
    }

    public int rejectedRows() {
        return files.stream().mapToInt(LogFileReport::rejectedRows).sum();
    }

    public List<Problem> rejected() {
        List<Problem> out = new ArrayList<>();
        for (LogFileReport f : files) out.addAll(f.rejected());
        return out;
    }

    /** Rejected rows per reason over every file. */
    public Map<String, Integer> rejectedByReason() {
        Map<String, Integer> m = new TreeMap<>();
        for (LogFileReport f : files) f.rejectedByReason().forEach((k, v) -> m.merge(k, v, Integer::sum));
        return m;
    }

    public long refusedFiles() {
        return files.stream().filter(f -> f.refused() != null).count();
    }

    /** True when any row or file was skipped: the command exits 1. */
    public boolean hasProblems() {
        return refusedFiles() > 0 || rejectedRows() > 0;
    }
}
