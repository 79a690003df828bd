package dev.winnow.demo;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.winnow.demo.SetPlan.CropBox;
import dev.winnow.demo.SetPlan.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the curator's decisions in the user's real log formats (headers as in shared/real-logs): the legacy
 * select-crop log with pixel crop boxes and two image slots, and the selection-only log with a JSON list of
 * rejected paths. Timestamps are the synthetic times of the generation itself.
 */
final class DecisionLogWriter {
    static final List<String> SELECT_CROP_HEADER = List.of("session_id", "set_id", "directory", "image_count",
            "chosen_index", "chosen_path", "crop_x1", "crop_y1", "crop_x2", "crop_y2", "timestamp", "image_0_path",
            "image_0_stage", "width_0", "height_0", "image_1_path", "image_1_stage", "width_1", "height_1");
    static final List<String> SELECTION_HEADER = List.of("session_id", "set_id", "chosen_path", "neg_paths", "timestamp");

    private static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private DecisionLogWriter() {
    }

    static void write(ProjectPlan plan, Path selectCropLog, Path selectionLog) {
        List<SetPlan> logged = plan.sets().stream().filter(s -> s.logged() && s.kept())
                .sorted(Comparator.comparing(SetPlan::finishedAt)).toList();
        Map<LocalDate, LocalDateTime> sessions = new HashMap<>();
        for (SetPlan s : logged) sessions.putIfAbsent(s.finishedAt().toLocalDate(), s.finishedAt());
        print(selectCropLog, SELECT_CROP_HEADER, logged.stream()
                .map(s -> selectCropRow(plan.id(), s, sessions.get(s.finishedAt().toLocalDate()))).toList());
        print(selectionLog, SELECTION_HEADER, logged.stream().filter(s -> s.members().size() > 1)
                .map(s -> selectionRow(plan.id(), s)).toList());
    }

    private static List<Object> selectCropRow(String pid, SetPlan s, LocalDateTime session) {
        Member chosen = s.winnerMember();
        Member rejected = s.bestRejected();
        List<Member> slots = new ArrayList<>(List.of(chosen));
        if (rejected != null) slots.add(rejected);
        slots.sort(Comparator.comparingDouble(m -> m.stage().value()));
        CropBox box = s.crop() != null ? s.crop() : new CropBox(0, 0, chosen.width(), chosen.height());
        List<Object> row = new ArrayList<>(List.of(SESSION.format(session), pid + "_" + chosen.stem(), pid,
                slots.size(), slots.indexOf(chosen), path(pid, s, chosen), coord(box.x1()), coord(box.y1()),
                coord(box.x2()), coord(box.y2()), ISO_MICROS.format(s.finishedAt())));
        for (int i = 0; i < 2; i++) {
            if (i < slots.size()) {
                Member m = slots.get(i);
                row.addAll(List.of(path(pid, s, m), m.label(), m.width(), m.height()));
            } else {
                row.addAll(List.of("", "", "", ""));
            }
        }
        return row;
    }

    private static List<Object> selectionRow(String pid, SetPlan s) {
        String negs = s.members().stream().filter(m -> m != s.winnerMember())
                .map(m -> quoted(path(pid, s, m))).collect(Collectors.joining(", ", "[", "]"));
        return List.of(pid + "_selection", s.setId(), path(pid, s, s.winnerMember()), negs, s.setId());
    }

    /** Paths appear both relative and under a PROJECT_ROOT placeholder, as in the real logs. */
    private static String path(String pid, SetPlan s, Member m) {
        return (s.rootPrefixedPaths() ? "PROJECT_ROOT/" : "") + pid + "/" + m.fileName();
    }

    private static String coord(int v) {
        return String.format(Locale.ROOT, "%.1f", (double) v);
    }

    /** A JSON string literal, as Python's json.dumps writes the list items. */
    private static String quoted(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }

    private static void print(Path file, List<String> header, List<List<Object>> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write log " + file, e);
        }
    }
}
