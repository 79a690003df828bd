package dev.winnow.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewer's undo log ({@value #FILE}, beside its selection and crop logs): the logs are append-only, so
 * undoing a finalized batch appends one reversal per row instead of deleting lines. A reversal names the
 * selection row by (session_id, set_id) and the crop row by (timestamp, filename). Rows it names are skipped when
 * a log beside it is imported, and importing the undo log itself removes the log decisions it names.
 */
final class ReviewReversals {
    static final String FILE = "review_undo_log.csv";
    private static final ObjectMapper JSON = Jackson.mapper();

    private final Set<String> keys;

    private ReviewReversals(Set<String> keys) {
        this.keys = keys;
    }

    static ReviewReversals none() {
        return new ReviewReversals(Set.of());
    }

    /** The reversals in the undo log beside {@code log}, if there is one. */
    static ReviewReversals besideLog(Path log) throws IOException {
        Path undo = log.toAbsolutePath().resolveSibling(FILE);
        return Files.isRegularFile(undo) && !undo.equals(log.toAbsolutePath()) ? read(undo) : none();
    }

    static ReviewReversals read(Path undoLog) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Reader in = Files.newBufferedReader(undoLog, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p) {
                if (!r.isConsistent()) continue;
                keys.add(selectionKey(r.get("session_id"), r.get("set_id")));
                if (!r.get("filename").isBlank()) keys.add(cropKey(r.get("chosen_at"), r.get("filename")));
            }
        }
        return new ReviewReversals(keys);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** Whether a row of the given format is taken back. */
    boolean reverses(LogFormat format, RowFields row) {
        if (keys.isEmpty()) return false;
        return switch (format) {
            case SELECTION -> keys.contains(selectionKey(row.optional("session_id"), row.optional("set_id")));
            case CROP -> row.optional("filename") != null
                    && keys.contains(cropKey(row.optional("timestamp"), RowFields.nameOf(row.optional("filename"))));
            default -> false;
        };
    }

    /** Removes the log decisions (of any project) these reversals name; returns how many. */
    int removeFrom(DecisionRepository decisions, List<String> projectIds) {
        int removed = 0;
        for (String project : projectIds) {
            for (Decision d : decisions.forProject(project)) {
                if (!"log".equals(d.source()) || d.rawJson() == null) continue;
                if (named(d.rawJson())) removed += decisions.deleteById(d.id());
            }
        }
        return removed;
    }

    private boolean named(String rawJson) {
        try {
            JsonNode raw = JSON.readTree(rawJson);
            JsonNode row = raw.path("row");
            String format = raw.path("format").asText();
            if (LogFormat.SELECTION.id().equals(format)) {
                return keys.contains(selectionKey(row.path("session_id").asText(null), row.path("set_id").asText(null)));
            }
            if (LogFormat.CROP.id().equals(format) && row.hasNonNull("filename")) {
                return keys.contains(cropKey(row.path("timestamp").asText(null), RowFields.nameOf(row.path("filename").asText())));
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String selectionKey(String session, String setId) {
        return "s\u001f" + strip(session) + "\u001f" + strip(setId);
    }

    private static String cropKey(String timestamp, String filename) {
        return "c\u001f" + strip(timestamp) + "\u001f" + strip(filename);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
