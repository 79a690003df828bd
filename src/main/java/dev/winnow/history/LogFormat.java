package dev.winnow.history;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The decision logs Winnow reads, recognised by their header (column order does not matter, extra columns do not
 * hurt). Each knows the decision kind it produces.
 */
enum LogFormat {
    /** Legacy select_crop_log.csv: chosen image, crop in pixels (one row normalized), up to N images with sizes. */
    SELECT_CROP("select_crop", "select_crop",
            Set.of("session_id", "set_id", "directory", "chosen_index", "chosen_path", "crop_x1", "crop_y1", "crop_x2",
                    "crop_y2", "image_0_path", "width_0", "height_0")),
    /** Current crop log: normalized box with the image size. */
    CROP("crop", "crop", Set.of("timestamp", "project_id", "filename", "crop_x1", "crop_y1", "crop_x2", "crop_y2", "width", "height")),
    /** anomaly_cases.csv: a lower stage kept over a higher one; rejected_paths is a Python-style list. */
    ANOMALY("anomaly", "anomaly", Set.of("session_id", "set_id", "project", "chosen_stage", "max_rejected_stage", "chosen_path",
            "rejected_paths")),
    /** historical/mojo1/live selection logs: chosen and negatives (a JSON list). */
    SELECTION("selection", "selection", Set.of("session_id", "set_id", "chosen_path", "neg_paths", "timestamp")),
    /** historical_crop_log.csv: the final was cropped, the rectangle was never recovered. */
    HISTORICAL_CROP("historical_crop", "crop_no_box", Set.of("session_id", "set_id", "directory", "chosen_path", "chosen_stage",
            "timestamp", "time_diff_days", "raw_mtime", "final_mtime")),
    /** mojo1_crop_log.csv: same situation, with a note saying so. */
    EXTRACTED_CROP("extracted_crop", "crop_no_box", Set.of("session_id", "set_id", "directory", "chosen_path", "chosen_stage",
            "timestamp", "note")),
    /**
     * The reviewer's undo log: each row takes back one row of its selection log (session_id, set_id) and crop log
     * (timestamp = chosen_at, filename); it produces no decision.
     */
    REVIEW_UNDO("review_undo", "reversal", Set.of("undone_at", "batch_id", "session_id", "set_id", "project_id", "filename",
            "chosen_at"));

    private final String id;
    private final String kind;
    private final Set<String> required;

    LogFormat(String id, String kind, Set<String> required) {
        this.id = id;
        this.kind = kind;
        this.required = required;
    }

    String id() {
        return id;
    }

    /** The decision kind rows of this format become. */
    String kind() {
        return kind;
    }

    /** The most specific format whose columns the header holds. */
    static Optional<LogFormat> detect(List<String> header) {
        Set<String> cols = Set.copyOf(header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        LogFormat best = null;
        for (LogFormat f : values()) {
            if (cols.containsAll(f.required) && (best == null || f.required.size() > best.required.size())) best = f;
        }
        return Optional.ofNullable(best);
    }

    static Optional<LogFormat> byId(String id) {
        for (LogFormat f : values()) if (f.id.equals(id)) return Optional.of(f);
        return Optional.empty();
    }

    static String expectedHeaders() {
        StringBuilder sb = new StringBuilder();
        for (LogFormat f : values()) sb.append("\n  ").append(f.id).append(": ").append(String.join(",", f.required.stream().sorted().toList()));
        return sb.toString();
    }
}
