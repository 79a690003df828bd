package dev.winnow.history;

import dev.winnow.catalog.ImageName;
import dev.winnow.catalog.Stage;
import dev.winnow.common.Excerpt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one row of each log format into a {@link DecisionDraft}, or rejects it with a reason. */
final class LogRows {
    static final String NOT_RECORDED = "not_recorded";

    private LogRows() {
    }

    static DecisionDraft convert(LogFormat format, RowFields row) throws RowRejected {
        return switch (format) {
            case SELECT_CROP -> selectCrop(row);
            case CROP -> crop(row);
            case ANOMALY -> anomaly(row);
            case SELECTION -> selection(row);
            case HISTORICAL_CROP, EXTRACTED_CROP -> cropWithoutBox(format, row);
            case REVIEW_UNDO -> throw new IllegalArgumentException("an undo log holds reversals, not decisions");
        };
    }

    /** Legacy crop log: image_i_path / image_i_stage / width_i / height_i for i = 0.., chosen_index picks one. */
    private static DecisionDraft selectCrop(RowFields row) throws RowRejected {
        double idx = row.number("chosen_index");
        int chosen = (int) idx;
        if (idx != chosen || chosen < 0 || !row.has("image_" + chosen + "_path")) {
            throw new RowRejected("bad-index", "chosen_index " + Excerpt.of(row.optional("chosen_index")) + " names no image column");
        }
        String chosenPath = row.required("chosen_path");
        String chosenName = RowFields.requireName("chosen_path", chosenPath);
        String indexedPath = row.optional("image_" + chosen + "_path");
        if (indexedPath != null && !RowFields.nameOf(indexedPath).equals(chosenName)) {
            throw new RowRejected("inconsistent-row", "chosen_path " + Excerpt.of(chosenName) + " is not image_" + chosen + "_path "
                    + Excerpt.of(indexedPath));
        }
        List<String> losers = new ArrayList<>();
        for (int i = 0; row.has("image_" + i + "_path"); i++) {
            String p = row.optional("image_" + i + "_path");
            if (i != chosen && p != null) losers.add(RowFields.requireName("image_" + i + "_path", p));
        }
        Double stage = row.optional("image_" + chosen + "_stage") == null ? null : row.stage("image_" + chosen + "_stage");
        Integer w = row.optionalSize("width_" + chosen), h = row.optionalSize("height_" + chosen);
        LoggedBox box = LoggedBox.read(row.number("crop_x1"), row.number("crop_y1"), row.number("crop_x2"),
                row.number("crop_y2"), w, h, false);
        return new DecisionDraft(LogFormat.SELECT_CROP.kind(), row.optional("set_id"), chosenName, stage, losers,
                box.cropState(), box.box(), time(row), sized(box, w, h));
    }

    /** Current crop log: normalized box, image size in the row. */
    private static DecisionDraft crop(RowFields row) throws RowRejected {
        String name = RowFields.requireName("filename", row.required("filename"));
        Integer w = row.optionalSize("width"), h = row.optionalSize("height");
        LoggedBox box = LoggedBox.read(row.number("crop_x1"), row.number("crop_y1"), row.number("crop_x2"),
                row.number("crop_y2"), w, h, true);
        Stage stage = ImageName.parse(name).stage();
        return new DecisionDraft(LogFormat.CROP.kind(), null, name, stage.known() ? stage.value() : null, List.of(),
                box.cropState(), box.box(), time(row), sized(box, w, h));
    }

    private static DecisionDraft anomaly(RowFields row) throws RowRejected {
        String chosen = RowFields.requireName("chosen_path", row.required("chosen_path"));
        double stage = row.stage("chosen_stage");
        row.stage("max_rejected_stage"); // validated only: the losers' stages come from their names
        List<String> losers = names("rejected_paths", ListField.parsePython("rejected_paths", row.required("rejected_paths")));
        return new DecisionDraft(LogFormat.ANOMALY.kind(), row.optional("set_id"), chosen, stage, losers, NOT_RECORDED,
                null, time(row), Map.of());
    }

    private static DecisionDraft selection(RowFields row) throws RowRejected {
        String chosen = RowFields.requireName("chosen_path", row.required("chosen_path"));
        List<String> losers = names("neg_paths", ListField.parseJson("neg_paths", row.required("neg_paths")));
        Stage stage = ImageName.parse(chosen).stage();
        return new DecisionDraft(LogFormat.SELECTION.kind(), row.optional("set_id"), chosen,
                stage.known() ? stage.value() : null, losers, NOT_RECORDED, null, time(row), Map.of());
    }

    /** "Cropped, coordinates not available": a decision whose box a history run may fill in later. */
    private static DecisionDraft cropWithoutBox(LogFormat format, RowFields row) throws RowRejected {
        String chosen = RowFields.requireName("chosen_path", row.required("chosen_path"));
        double stage = row.stage("chosen_stage");
        return new DecisionDraft(format.kind(), row.optional("set_id"), chosen, stage, List.of(), LoggedBox.UNKNOWN, null,
                time(row), Map.of());
    }

    /** The row's time in its stored form (null: not given), or the row is rejected. */
    private static String time(RowFields row) throws RowRejected {
        return LogTime.normalize("timestamp", row.optional("timestamp"));
    }

    private static List<String> names(String column, List<String> paths) throws RowRejected {
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) out.add(RowFields.requireName(column, p));
        return out;
    }

    private static Map<String, Object> sized(LoggedBox box, Integer w, Integer h) {
        Map<String, Object> m = new LinkedHashMap<>(box.provenance());
        if (w != null && h != null) {
            m.put("imageWidth", w);
            m.put("imageHeight", h);
        }
        return m;
    }
}
