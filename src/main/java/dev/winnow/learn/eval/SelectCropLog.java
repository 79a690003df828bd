package dev.winnow.learn.eval;

import dev.winnow.catalog.Stage;
import dev.winnow.common.CropBox;
import dev.winnow.common.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the old tool's select_crop_log.csv: per row the chosen image's size and stage and its crop, in pixels on
 * most rows and normalized on a few (detected per row: all four coordinates within [0, 1]). Odd rows are
 * recorded in {@link Problems} with a reason and skipped.
 */
final class SelectCropLog {
    static final String FILE = "select_crop_log.csv";
    static final String UNASSIGNED = "(no project)";
    private static final double SLACK = 0.002;

    private SelectCropLog() {
    }

    static List<RealCrop> read(Path csv, ProjectWindows windows, Problems problems) {
        List<RealCrop> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = format.parse(r)) {
            for (CSVRecord rec : p) {
                String where = csv.getFileName() + ":" + (rec.getRecordNumber() + 1);
                try {
                    out.add(row(rec, windows));
                } catch (IllegalArgumentException e) {
                    problems.add(where, "bad crop row", e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }

    private static RealCrop row(CSVRecord rec, ProjectWindows windows) {
        int count = integer(rec, "image_count");
        int chosen = integer(rec, "chosen_index");
        if (chosen < 0 || chosen >= count) throw new IllegalArgumentException("chosen_index " + chosen + " of " + count);
        int w = integer(rec, "width_" + chosen), h = integer(rec, "height_" + chosen);
        if (w <= 0 || h <= 0) throw new IllegalArgumentException("image size " + w + "x" + h);
        double x1 = number(rec, "crop_x1"), y1 = number(rec, "crop_y1"), x2 = number(rec, "crop_x2"), y2 = number(rec, "crop_y2");
        boolean normalized = Math.max(Math.max(x1, y1), Math.max(x2, y2)) <= 1 + 1e-9;
        CropBox box = normalized ? new CropBox(x1, y1, x2, y2) : CropBox.fromPixels(x1, y1, x2, y2, w, h);
        if (!box.insideUnit(SLACK)) throw new IllegalArgumentException("crop " + box + " outside the image");
        double stage = Stage.fromStem(field(rec, "image_" + chosen + "_stage")).value();
        double top = stage;
        for (int i = 0; i < count; i++) top = Math.max(top, Stage.fromStem(field(rec, "image_" + i + "_stage")).value());
        String project = windows.projectAt(field(rec, "timestamp")).orElse(UNASSIGNED);
        return new RealCrop(project, rec.getRecordNumber(), w, h, stage, count, stage >= top, box.clampToUnit());
    }

    private static String field(CSVRecord rec, String name) {
        if (!rec.isMapped(name) || !rec.isSet(name)) throw new IllegalArgumentException("missing column " + name);
        return rec.get(name).strip();
    }

    private static int integer(CSVRecord rec, String name) {
        try {
            return Integer.parseInt(field(rec, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: '" + rec.get(name) + "'");
        }
    }

    private static double number(CSVRecord rec, String name) {
        try {
            double v = Double.parseDouble(field(rec, name));
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: '" + rec.get(name) + "'");
        }
    }
}
