package dev.winnow.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Whether a catalogued image is still there: present, missing since a scan, or there but unreadable (a problem). */
public enum FileState {
    PRESENT, MISSING, PROBLEM;

    /** The word stored and printed: present, missing, problem. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileState of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown file state '" + id + "'"));
    }
}
