package dev.winnow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports one decision log: detects its format from the header, validates every row, and stores each good row as a
 * decision whose fingerprint is its content (so importing the same rows again adds nothing).
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

    LogFileReport importFile(Path file, String projectOverride) throws IOException {
        String fileName = file.getFileName().toString();
        List<Decision> rows = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        int total = 0, reversed = 0;
        LogFormat format;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) return refused(fileName, "the file is empty");
            List<String> header = new ArrayList<>(it.next().toList());
            header.set(0, header.get(0).replace("\uFEFF", ""));
            format = LogFormat.detect(header).orElse(null);
            if (format == null) {
                return refused(fileName, "unknown log format: header " + String.join(",", header)
                        + "; expected one of:" + LogFormat.expectedHeaders());
            }
            if (format == LogFormat.REVIEW_UNDO) return undo(file, fileName);
            ReviewReversals reversals = ReviewReversals.besideLog(file);
            Map<String, Long> firstLineOf = new HashMap<>();
            long line = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    rejected.add(problem(fileName, line, "csv-syntax", "unreadable from here on: " + e.getCause().getMessage()));
                    break;
                }
                total++;
                long at = line;
                line = parser.getCurrentLineNumber() + 1;
                if (reversals.reverses(format, new RowFields(header, rec.toList()))) {
                    reversed++;
                    continue;
                }
                try {
                    Decision d = toDecision(format, header, rec.toList(), projectOverride, fileName, at);
                    Long first = firstLineOf.putIfAbsent(d.fingerprint(), at);
                    if (first != null) throw new RowRejected("duplicate-row", "same as line " + first);
                    rows.add(d);
                } catch (RowRejected r) {
                    rejected.add(problem(fileName, at, r.reason(), r.getMessage()));
                }
            }
        }
        if (rows.isEmpty() && projectOverride == null && total > 0
                && rejected.stream().allMatch(p -> p.reason().equals("no-project"))) {
            return refused(fileName, "the log names no project in any row (" + format.id()
                    + " format); pass --project ID");
        }
        return store(fileName, format, total, rows, rejected, reversed);
    }

    /** An undo log: the log decisions it names leave the store. */
    private LogFileReport undo(Path file, String fileName) throws IOException {
        ReviewReversals reversals = ReviewReversals.read(file);
        int removed = reversals.isEmpty() ? 0 : store.inTransaction(c -> reversals.removeFrom(decisions, decisions.projectIds()));
        return new LogFileReport(fileName, LogFormat.REVIEW_UNDO.id(), 0, 0, 0, Map.of(), Map.of(), List.of(), null, removed);
    }

    private LogFileReport store(String fileName, LogFormat format, int total, List<Decision> rows, List<Problem> rejected,
                                int reversed) {
        Map<String, Integer> byKind = new TreeMap<>(), byProject = new TreeMap<>();
        int[] added = {0};
        store.inTransaction(c -> {
            for (Decision d : rows) {
                if (decisions.insert(d)) {
                    added[0]++;
                    byKind.merge(d.kind(), 1, Integer::sum);
                    byProject.merge(d.projectId(), 1, Integer::sum);
                }
            }
            return null;
        });
        // Rejected rows may name no project; replacing by path keeps a re-import from piling up copies.
        problems.replace(null, PROBLEM_KIND, rejected.stream().map(Problem::path).toList(), rejected);
        return new LogFileReport(fileName, format.id(), total, added[0], rows.size() - added[0], byKind, byProject,
                rejected, null, reversed);
    }

    private static Decision toDecision(LogFormat format, List<String> header, List<String> cells, String projectOverride,
                                          String fileName, long line) throws RowRejected {
        if (cells.size() != header.size()) {
            throw new RowRejected("column-count", cells.size() + " fields, the header has " + header.size());
        }
        RowFields fields = new RowFields(header, cells);
        String project = LogProjects.require(projectOverride != null ? projectOverride : LogProjects.fromRow(fields));
        DecisionDraft d = LogRows.convert(format, fields);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("log", fileName);
        raw.put("line", line);
        raw.put("format", format.id());
        raw.putAll(d.extras());
        raw.put("row", fields.asMap());
        return Decision.from(project, "log", fileName + ":" + line, d.kind()).setRef(d.setRef())
                .kept(d.chosenName(), d.chosenStage()).losers(d.loserNames()).crop(d.cropState(), d.crop())
                .raw(json(raw)).confidence(1.0).loggedAt(d.loggedAt()).fingerprint(fingerprint(format, project, cells))
                .build();
    }

    /** Content, not file name or line: the same row imported from a copy of the log is still the same decision. */
    static String fingerprint(LogFormat format, String project, List<String> cells) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("log\u001f" + format.id() + "\u001f" + project).getBytes(StandardCharsets.UTF_8));
            for (String c : cells) md.update(("\u001f" + c.strip()).getBytes(StandardCharsets.UTF_8));
            return "log:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode raw decision JSON", e);
        }
    }

    private static Problem problem(String file, long line, String reason, String detail) {
        return new Problem(file + ":" + line, reason, detail);
    }

    private static LogFileReport refused(String file, String why) {
        return new LogFileReport(file, null, 0, 0, 0, Map.of(), Map.of(), List.of(), why);
    }
}
