package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one `winnow import` did: per file, then per project the binding to catalogued files and the merge with history. */
public record ImportReport(List<LogFileReport> files, List<BindReport> bindings, List<MergeReport> merges) {

    public int imported() {
        return files.stream().mapToInt(LogFileReport::imported).sum();
    }

    public int alreadyPresent() {
        return files.stream().mapToInt(LogFileReport::alreadyPresent).sum();
    }

    public List<Problem> rejected() {
        List<Problem> out = new ArrayList<>();
        for (LogFileReport f : files) out.addAll(f.rejected());
        return out;
    }

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
        return refusedFiles() > 0 || !rejected().isEmpty();
    }
}
