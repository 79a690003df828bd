package dev.winnow.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A processing stage parsed from a file name: stage1_generated (1), stage1.5_face_swapped (1.5),
 * stage2_upscaled (2), any stage3* (3). Anything else is stage 0, unknown.
 */
public record Stage(double value, String label) implements Comparable<Stage> {
    public static final Stage UNKNOWN = new Stage(0, "unknown");

    private static final Pattern KNOWN = Pattern.compile(
            "(stage1_generated|stage1\\.5_face_swapped|stage2_upscaled|stage3[A-Za-z0-9_.-]*)$");

    /** Parses the stage from a stem or a label such as "stage2_upscaled". */
    public static Stage fromStem(String stem) {
        Matcher m = KNOWN.matcher(stem.toLowerCase(Locale.ROOT));
        if (!m.find()) return UNKNOWN;
        String label = m.group(1);
        if (label.startsWith("stage3")) return new Stage(3, label);
        return switch (label) {
            case "stage1_generated" -> new Stage(1, label);
            case "stage1.5_face_swapped" -> new Stage(1.5, label);
            case "stage2_upscaled" -> new Stage(2, label);
            default -> UNKNOWN;
        };
    }

    public boolean known() {
        return value > 0;
    }

    /** "1", "1.5", "2", "3" for display. */
    public String shortName() {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }

    @Override
    public int compareTo(Stage o) {
        return Double.compare(value, o.value);
    }
}
