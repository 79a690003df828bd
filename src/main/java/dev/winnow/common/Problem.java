package dev.winnow.common;

/**
 * One thing that could not be processed: which input, a short machine-friendly reason (used for counting),
 * and a human detail. Every capability reports bad input through this one type.
 */
public record Problem(String path, String reason, String detail) {
    /**
     * A backstop for messages that quote values without {@link Excerpt}: a detail or path this long is cut, so no
     * problem list can grow to the size of a damaged input.
     */
    static final int MAX_TEXT = 1000;

    public Problem {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a problem needs a reason");
        detail = cap(detail == null ? "" : detail);
        path = cap(path == null ? "" : path);
    }

    private static String cap(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "... (" + String.format("%,d", s.length()) + " characters)";
    }

    @Override
    public String toString() {
        return path + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
