package dev.winnow.common;

/**
 * One thing that could not be processed: which input, a short machine-friendly reason (used for counting),
 * and a human detail. Every capability reports bad input through this one type.
 */
public record Problem(String path, String reason, String detail) {
    public Problem {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a problem needs a reason");
        detail = detail == null ? "" : detail;
        path = path == null ? "" : path;
    }

    @Override
    public String toString() {
        return path + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
