package dev.winnow.domain;

import java.util.regex.Pattern;

/** The one rule for a project id: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
public final class ProjectId {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ProjectId() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The id, or an IllegalArgumentException saying what an id may be. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("project id '" + id + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }
}
