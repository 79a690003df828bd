package dev.winnow.common;

/**
 * A value as a problem message may quote it: at most {@link #MAX} characters, with what was left out counted, and
 * control characters shown as escapes. A damaged log can hold a field of megabytes; echoing it whole drowns the
 * report (a 1 MB field once made a one-line problem a megabyte long).
 */
public final class Excerpt {
    public static final int MAX = 200;

    private Excerpt() {
    }

    /** The value, shortened to about {@link #MAX} characters ("null" for null). */
    public static String of(String value) {
        if (value == null) return "null";
        boolean cut = value.length() > MAX;
        String head = cut ? value.substring(0, MAX) : value;
        StringBuilder sb = new StringBuilder(head.length() + 32);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        if (cut) sb.append("... (").append(String.format("%,d", value.length())).append(" characters)");
        return sb.toString();
    }
}
