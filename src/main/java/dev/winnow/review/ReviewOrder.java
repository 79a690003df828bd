package dev.winnow.review;

import java.util.Locale;

/** In which order sets enter batches: most doubtful first (triage), or as they were generated (time). */
public enum ReviewOrder {
    TRIAGE, TIME;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewOrder parse(String s) {
        for (ReviewOrder o : values()) if (o.id().equalsIgnoreCase(s)) return o;
        throw new IllegalArgumentException("order must be triage or time, got '" + s + "'");
    }
}
