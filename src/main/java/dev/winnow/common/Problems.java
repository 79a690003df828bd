package dev.winnow.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Thread-safe collector of problems met during one run; summarised by reason at the end. */
public final class Problems {
    private final List<Problem> items = new ArrayList<>();

    public synchronized void add(Problem p) {
        items.add(p);
    }

    public void add(String path, String reason, String detail) {
        add(new Problem(path, reason, detail));
    }

    public synchronized void addAll(Problems other) {
        items.addAll(other.list());
    }

    public synchronized List<Problem> list() {
        return List.copyOf(items);
    }

    public synchronized int count() {
        return items.size();
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** Counts per reason, sorted by reason so output is stable. */
    public synchronized Map<String, Integer> countsByReason() {
        return countsByReason(items);
    }

    /** How many of {@code problems} there are per reason, reasons in alphabetical order. */
    public static Map<String, Integer> countsByReason(Collection<Problem> problems) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Problem p : problems) counts.merge(p.reason(), 1, Integer::sum);
        return Collections.unmodifiableMap(counts);
    }

    /** One line like "3 problems: truncated 2, zero-byte 1". */
    public String summaryLine() {
        Map<String, Integer> counts = countsByReason();
        if (counts.isEmpty()) return "no problems";
        StringBuilder sb = new StringBuilder().append(count()).append(count() == 1 ? " problem: " : " problems: ");
        String sep = "";
        for (var e : counts.entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return sb.toString();
    }
}
