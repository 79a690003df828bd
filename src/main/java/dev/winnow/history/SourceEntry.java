package dev.winnow.history;

/**
 * One file inside an original or final source: its '/'-separated path within the source, name, size and modification
 * time (epoch milliseconds; null when the source does not record one).
 */
record SourceEntry(String path, String name, long size, Long modified) {
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    String stem() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
