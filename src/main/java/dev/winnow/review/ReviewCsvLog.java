package dev.winnow.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The reviewer's CSV logs under {@code <home>/logs/}, in the formats of the user's earlier tools so that
 * importers and scripts read them unchanged: a selection log (session_id,set_id,chosen_path,neg_paths,timestamp
 * with neg_paths a JSON list) and a crop log with normalized coordinates. The logs are only ever appended to: when
 * a finalized batch is undone, its rows stay and a reversal record per row goes to an undo log, which names the
 * selection row (session_id, set_id) and the crop row (timestamp = chosen_at, filename) it takes back; the
 * importer honours it.
 */
final class ReviewCsvLog {
    static final String SELECTION_LOG = "review_selection_log.csv";
    static final String CROP_LOG = "review_crop_log.csv";
    static final String UNDO_LOG = "review_undo_log.csv";
    static final String[] SELECTION_HEADER = {"session_id", "set_id", "chosen_path", "neg_paths", "timestamp"};
    static final String[] CROP_HEADER = {"timestamp", "project_id", "filename", "crop_x1", "crop_y1", "crop_x2", "crop_y2",
            "width", "height", "normalized"};
    static final String[] UNDO_HEADER = {"undone_at", "batch_id", "session_id", "set_id", "project_id", "filename", "chosen_at"};

    private final Path dir;

    ReviewCsvLog(Path dir) {
        this.dir = dir;
    }

    void appendSelections(List<List<String>> rows) throws IOException {
        append(SELECTION_LOG, SELECTION_HEADER, rows);
    }

    void appendCrops(List<List<String>> rows) throws IOException {
        append(CROP_LOG, CROP_HEADER, rows);
    }

    void appendReversals(List<List<String>> rows) throws IOException {
        append(UNDO_LOG, UNDO_HEADER, rows);
    }

    private void append(String name, String[] header, List<List<String>> rows) throws IOException {
        if (rows.isEmpty()) return;
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             CSVPrinter out = new CSVPrinter(w, format)) {
            if (fresh) out.printRecord((Object[]) header);
            for (List<String> r : rows) out.printRecord(r);
        }
        DiskSafety.force(file);
    }
}
