package dev.winnow.history;

import dev.winnow.catalog.Stage;
import dev.winnow.common.Excerpt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One CSV row by column name, with the checks every format shares (missing fields, numbers, stages). */
final class RowFields {
    /** The longest file name APFS, ext4 and NTFS allow (255 UTF-8 bytes / UTF-16 units; characters are close enough). */
    static final int MAX_NAME = 255;
    /** No image side is this long (PNG allows more in principle; the user's are at most 3,072 px). */
    static final int MAX_SIDE = 1_000_000;
    private final Map<String, String> values;

    RowFields(List<String> header, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i).strip().toLowerCase(Locale.ROOT), i < cells.size() ? cells.get(i).strip() : "");
        }
        this.values = m;
    }

    /** The row as read, for the decision's raw JSON. */
    Map<String, String> asMap() {
        return values;
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    /** The value, or null when the column is absent or empty. */
    String optional(String column) {
        String v = values.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String column) throws RowRejected {
        String v = optional(column);
        if (v == null) throw new RowRejected("missing-field", column + " is empty");
        return v;
    }

    double number(String column) throws RowRejected {
        String v = required(column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RowRejected("bad-number", column + " = '" + Excerpt.of(v) + "' is not a number");
        }
        if (Double.isNaN(d)) throw new RowRejected("nan", column + " is NaN");
        if (Double.isInfinite(d)) throw new RowRejected("bad-number", column + " is infinite");
        return d;
    }

    /** A positive integer size, or null when the column is absent or empty. */
    Integer optionalSize(String column) throws RowRejected {
        if (optional(column) == null) return null;
        double d = number(column);
        if (d < 1 || d > MAX_SIDE || d != Math.rint(d)) throw new RowRejected("bad-number", column + " = " + Excerpt.of(optional(column)) + " is not a positive whole size");
        return (int) d;
    }

    /** A stage given as a number (1, 1.5, 2, 3) or a label (stage2_upscaled). */
    double stage(String column) throws RowRejected {
        String v = required(column);
        Stage s = Stage.fromStem(v);
        if (s.known()) return s.value();
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RowRejected("unknown-stage", column + " = '" + Excerpt.of(v) + "' is not a known stage");
        }
        if (d == 1 || d == 1.5 || d == 2 || d == 3) return d;
        throw new RowRejected("unknown-stage", column + " = '" + Excerpt.of(v) + "' is not one of 1, 1.5, 2, 3");
    }

    /** The file name at the end of a path from any machine ('/' or '\' separated). */
    static String nameOf(String path) {
        String p = path.strip();
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return cut < 0 ? p : p.substring(cut + 1);
    }

    /**
     * Like {@link #nameOf} but rejects a path that ends in a separator or is blank, and a name no file system holds
     * (longer than {@value #MAX_NAME} characters).
     */
    static String requireName(String column, String path) throws RowRejected {
        String n = nameOf(path);
        if (n.isEmpty()) throw new RowRejected("missing-field", column + " '" + Excerpt.of(path) + "' has no file name");
        if (n.length() > MAX_NAME) {
            throw new RowRejected("bad-name", column + " names a file of " + String.format("%,d", n.length())
                    + " characters (file systems allow " + MAX_NAME + "): '" + Excerpt.of(n) + "'");
        }
        return n;
    }
}
