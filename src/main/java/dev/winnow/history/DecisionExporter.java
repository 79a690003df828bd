package dev.winnow.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a project's decisions in the current log formats: the crop log (normalized box with the image size) and
 * the selection log (chosen and negatives as a JSON list). Decisions repeated from another source are written once.
 */
final class DecisionExporter {
    static final String CROP = "crop";
    static final String SELECTION = "selection";
    private static final ObjectMapper JSON = Jackson.mapper();

    private final DecisionRepository decisions;
    private final FileRepository files;

    DecisionExporter(Store store) {
        this.decisions = new DecisionRepository(store);
        this.files = new FileRepository(store);
    }

    ExportReport export(String projectId, String format, Writer out) throws IOException {
        Map<String, Integer> skipped = new TreeMap<>();
        int written = 0;
        boolean crop = switch (format.toLowerCase(Locale.ROOT)) {
            case CROP -> true;
            case SELECTION -> false;
            default -> throw new IllegalArgumentException("unknown export format '" + format + "' (crop or selection)");
        };
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader(crop
                ? new String[] {"timestamp", "project_id", "filename", "crop_x1", "crop_y1", "crop_x2", "crop_y2", "width", "height"}
                : new String[] {"session_id", "set_id", "chosen_path", "neg_paths", "timestamp"}).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            for (Decision d : decisions.canonicalForProject(projectId)) {
                String why = crop ? cropRow(printer, projectId, d) : selectionRow(printer, d);
                if (why == null) written++;
                else skipped.merge(why, 1, Integer::sum);
            }
        }
        return new ExportReport(projectId, format, written, skipped);
    }

    private String cropRow(CSVPrinter p, String projectId, Decision d) throws IOException {
        if (d.chosenName() == null) return "rejects the whole set";
        if (d.crop() == null) return "no crop box (" + d.cropState() + ")";
        ImageFile file = d.chosenFileId() == null ? null : files.byId(d.chosenFileId()).orElse(null);
        Integer w = size(d, "imageWidth", file == null ? null : file.width());
        Integer h = size(d, "imageHeight", file == null ? null : file.height());
        p.printRecord(d.loggedAt() == null ? "" : d.loggedAt(), projectId, file != null ? file.relPath() : d.chosenName(),
                d.crop().x1(), d.crop().y1(), d.crop().x2(), d.crop().y2(), w == null ? "" : w, h == null ? "" : h);
        return null;
    }

    private static String selectionRow(CSVPrinter p, Decision d) throws IOException {
        if (d.chosenName() == null) return "rejects the whole set";
        if (d.loserNames().isEmpty()) return "no rejected members";
        p.printRecord("winnow-" + d.source(), d.setRef() == null ? "" : d.setRef(), d.chosenName(),
                LogImporter.json(d.loserNames()), d.loggedAt() == null ? "" : d.loggedAt());
        return null;
    }

    private static Integer size(Decision d, String field, Integer fallback) {
        if (d.rawJson() != null) {
            try {
                JsonNode n = JSON.readTree(d.rawJson()).get(field);
                if (n != null && n.canConvertToInt()) return n.asInt();
            } catch (IOException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
