package dev.winnow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Excerpt;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports one decision log: reads its text ({@link LogText}) and records ({@link LogCsv}), detects its format from
 * the header, validates every row, and stores each good row as a decision identified by its meaning
 * ({@link DecisionIdentity}), so importing the same decisions again adds nothing. A damaged row costs only itself.
 */
final class LogImporter {
    static final String PROBLEM_KIND = "import";
    private static final ObjectMapper JSON = Jackson.mapper();

    private final Store store;
    private final DecisionRepository decisions;
    private final ProblemRepository problems;

    LogImporter(Store store) {
        this.store = store;
        this.decisions = new DecisionRepository(store);
        this.problems = new ProblemRepository(store);
    }

    LogFileReport importFile(Path file, String projectOverride) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LogText text;
        try {
            text = LogText.read(file);
        } catch (LogText.NotText e) {
            return LogFileReport.refused(fileName, null, e.getMessage());
        }
        LogCsv.Parsed csv;
        try {
            csv = LogCsv.parse(text.lines());
        } catch (LogCsv.BadHeader e) {
            return LogFileReport.refused(fileName, text.encoding(), e.getMessage());
        }
        List<String> header = csv.header();
        LogFormat format = LogFormat.detect(header).orElse(null);
        if (format == null) {
            return LogFileReport.refused(fileName, text.encoding(), "unknown log format: header "
                    + Excerpt.of(String.join(",", header)) + "; expected one of:" + LogFormat.expectedHeaders());
        }
        String duplicate = duplicateColumn(header);
        if (duplicate != null) {
            return LogFileReport.refused(fileName, text.encoding(), "the header (line " + csv.headerLine()
                    + ") names column '" + Excerpt.of(duplicate) + "' twice");
        }
        ReviewReversals reversals;
        try {
            if (format == LogFormat.REVIEW_UNDO) return undo(file, fileName, text.encoding());
            reversals = ReviewReversals.besideLog(file);
        } catch (IOException | UncheckedIOException e) {
            return LogFileReport.refused(fileName, text.encoding(), "the reviewer's undo log (" + ReviewReversals.FILE
                    + ") cannot be read, so rows it takes back cannot be told apart: " + e.getMessage());
        }
        Rows rows = new Rows(fileName);
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (Object item : csv.items()) {
            if (item instanceof LogCsv.Skipped s) {
                rows.skipped(s);
                continue;
            }
            LogCsv.Row r = (LogCsv.Row) item;
            if (reversals.reverses(format, new RowFields(header, r.cells()))) {
                rows.reversed++;
                continue;
            }
            try {
                Decision d = toDecision(format, header, r, text, projectOverride, fileName);
                Integer first = firstLineOf.putIfAbsent(d.fingerprint(), r.firstLine());
                if (first != null) throw new RowRejected("duplicate-row", "says the same as line " + first);
                rows.accepted.add(d);
            } catch (RowRejected e) {
                rows.rejected(r, e.reason(), e.getMessage());
            }
        }
        if (rows.accepted.isEmpty() && projectOverride == null && rows.total() > 0
                && rows.byReason.keySet().equals(Set.of("no-project"))) {
            return LogFileReport.refused(fileName, text.encoding(), "the log names no project in any row (" + format.id()
                    + " format); pass --project ID");
        }
        List<String> notes = text.note() == null ? List.of() : List.of(text.note());
        return store(fileName, format, text.encoding(), notes, rows);
    }

    /** Rows of one file as they are sorted: accepted decisions, rejections with their reasons and line counts. */
    private static final class Rows {
        final String fileName;
        final List<Decision> accepted = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Integer> byReason = new TreeMap<>();
        int rejectedRows;
        int reversed;

        Rows(String fileName) {
            this.fileName = fileName;
        }

        void rejected(LogCsv.Row r, String reason, String detail) {
            problems.add(new Problem(where(r.firstLine(), r.lastLine()), reason, detail));
            byReason.merge(reason, 1, Integer::sum);
            rejectedRows++;
        }

        void skipped(LogCsv.Skipped s) {
            problems.add(new Problem(where(s.firstLine(), s.lastLine()), "csv-syntax", s.why() + "; "
                    + (s.lines() == 1 ? "the line is" : s.lines() + " lines are") + " skipped, reading resumes at line "
                    + (s.lastLine() + 1)));
            byReason.merge("csv-syntax", s.lines(), Integer::sum);
            rejectedRows += s.lines();
        }

        int total() {
            return accepted.size() + rejectedRows + reversed;
        }

        private String where(int first, int last) {
            return fileName + ":" + (first == last ? String.valueOf(first) : first + "-" + last);
        }
    }

    private LogFileReport store(String fileName, LogFormat format, String encoding, List<String> notes, Rows rows) {
        Map<String, Integer> byKind = new TreeMap<>(), byProject = new TreeMap<>();
        int[] added = {0}, timeUnknown = {0};
        store.inTransaction(c -> {
            for (Decision d : rows.accepted) {
                if (decisions.insert(d)) {
                    added[0]++;
                    if (d.loggedAt() == null) timeUnknown[0]++;
                    byKind.merge(d.kind(), 1, Integer::sum);
                    byProject.merge(d.projectId(), 1, Integer::sum);
                }
            }
            return null;
        });
        // Rejected rows may name no project; replacing by path keeps a re-import from piling up copies.
        problems.replace(null, PROBLEM_KIND, rows.problems.stream().map(Problem::path).toList(), rows.problems);
        return new LogFileReport(fileName, format.id(), encoding, rows.total(), added[0], rows.accepted.size() - added[0],
                rows.rejectedRows, timeUnknown[0], byKind, byProject, rows.byReason, rows.problems, notes, null, rows.reversed);
    }

    /** An undo log: the log decisions it names leave the store. */
    private LogFileReport undo(Path file, String fileName, String encoding) throws IOException {
        ReviewReversals reversals = ReviewReversals.read(file);
        int removed = reversals.isEmpty() ? 0 : store.inTransaction(c -> reversals.removeFrom(decisions, decisions.projectIds()));
        return new LogFileReport(fileName, LogFormat.REVIEW_UNDO.id(), encoding, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of(),
                List.of(), List.of(), null, removed);
    }

    private static Decision toDecision(LogFormat format, List<String> header, LogCsv.Row r, LogText text,
                                          String projectOverride, String fileName) throws RowRejected {
        for (int line = r.firstLine(); line <= r.lastLine(); line++) {
            if (text.undecodable().get(line - 1)) {
                throw new RowRejected("not-utf8", "line " + line + " holds bytes that are not " + text.encoding());
            }
        }
        List<String> cells = r.cells();
        if (cells.size() != header.size()) {
            throw new RowRejected("column-count", cells.size() + " fields, the header has " + header.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            if (LogText.hasControl(cells.get(i))) {
                throw new RowRejected("control-characters", header.get(i).strip() + " holds control characters: '"
                        + Excerpt.of(cells.get(i)) + "'");
            }
        }
        RowFields fields = new RowFields(header, cells);
        String project = LogProjects.require(projectOverride != null ? projectOverride : LogProjects.fromRow(fields));
        DecisionDraft d = LogRows.convert(format, fields);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("log", fileName);
        raw.put("line", r.firstLine());
        raw.put("format", format.id());
        raw.putAll(d.extras());
        raw.put("row", fields.asMap());
        return Decision.from(project, "log", fileName + ":" + r.firstLine(), d.kind()).setRef(d.setRef())
                .kept(d.chosenName(), d.chosenStage()).losers(d.loserNames()).crop(d.cropState(), d.crop())
                .raw(json(raw)).confidence(1.0).loggedAt(d.loggedAt()).fingerprint(identity(project, d)).build();
    }

    static String identity(String project, DecisionDraft d) {
        return DecisionIdentity.of(project, d.setRef(), d.chosenName(), d.loserNames(), d.cropState(), d.crop(),
                d.loggedPixels(), d.loggedAt());
    }

    private static String duplicateColumn(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            String k = h.strip().toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && !seen.add(k)) return h;
        }
        return null;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode raw decision JSON", e);
        }
    }
}
