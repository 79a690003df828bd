package dev.winnow.history;

import dev.winnow.catalog.FolderTree;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.domain.ProjectId;
import dev.winnow.store.HistoryRunRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Front door of history: imports old decision logs, recovers decisions from original vs final folders, binds
 * decisions that arrived before their pixels, and writes decisions back out in the current log formats.
 */
public final class HistoryImporter {
    private final Store store;

    public HistoryImporter(Store store) {
        this.store = store;
    }

    /**
     * Imports each log; {@code projectOverride} (may be null) puts every row into that project, otherwise a row's
     * own project column names it. Then binds and merges every project the logs touched.
     */
    public ImportReport importLogs(List<Path> logs, String projectOverride) {
        if (projectOverride != null) ProjectId.require(projectOverride);
        IdentityUpgrade.Result upgraded = new IdentityUpgrade(store).run();
        LogImporter importer = new LogImporter(store);
        List<LogFileReport> files = new ArrayList<>();
        Set<String> touched = new TreeSet<>();
        // A file that cannot be read is refused on its own (with its reason); the others still import.
        for (Path log : logs) {
            LogFileReport r = importer.importFile(log, projectOverride);
            files.add(r);
            touched.addAll(r.importedByProject().keySet());
        }
        List<BindReport> binds = new ArrayList<>();
        List<MergeReport> merges = new ArrayList<>();
        for (String p : touched) {
            binds.add(bindPending(p));
            merges.add(new DecisionMerger(store).merge(p));
        }
        return new ImportReport(files, binds, merges, upgraded.reidentified(), upgraded.repeatsKept());
    }

    /**
     * Ties the project's pending decisions to the files its last scan catalogued (call after every scan). A no-op
     * report for a project that is not registered yet.
     */
    public BindReport bindPending(String projectId) {
        return new PendingBinder(store).bind(projectId);
    }

    /**
     * Recovers decisions from an original source (folder or .zip with every stage) and a final source (what was
     * delivered), stores them for the project (pending until the project is scanned), then merges them with the
     * project's log decisions and binds what the catalog knows.
     */
    public HistoryReport recover(String projectId, Path original, Path fin, ProgressReporter progress) throws IOException {
        ProjectId.require(projectId);
        for (Path p : List.of(original, fin)) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such folder or archive: " + FolderTree.describe(p));
        }
        Stopwatch clock = Stopwatch.start();
        // Recovery first: a refused source (empty, the original itself) must leave nothing in the store, not even a run.
        HistoryRecovery.Result r = new HistoryRecovery().run(original, fin, progress);
        HistoryRunRepository runs = new HistoryRunRepository(store);
        long runId = runs.start(projectId, original.toAbsolutePath().toString(), fin.toAbsolutePath().toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        HistoryRecorder.Counts counts = new HistoryRecorder(store).record(projectId, runId, r, rows);
        MergeReport merge = new DecisionMerger(store).merge(projectId);
        BindReport bind = bindPending(projectId);
        Map<String, Integer> matchedBy = new TreeMap<>(), cropStates = new TreeMap<>();
        int winners = 0, rejected = 0, ambiguous = 0;
        for (SetOutcome o : r.outcomes()) {
            if (o.rejectsAll()) {
                rejected++;
                continue;
            }
            matchedBy.merge(o.matchedBy(), 1, Integer::sum);
            cropStates.merge(o.cropState(), 1, Integer::sum);
            if (o.winner() >= 0) winners++;
            if (o.winnerAmbiguous()) ambiguous++;
        }
        HistoryReport report = new HistoryReport(runId, projectId, r.original(), r.fin(), r.originalImages(), r.finals(),
                r.sets(), r.singles(), matchedBy, winners, rejected, cropStates, ambiguous, counts.stored(), counts.updated(), counts.unchanged(),
                r.problems().list(), merge, bind, clock.seconds(), rows);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sets", r.sets());
        summary.put("finals", r.finals());
        summary.put("winners", winners);
        summary.put("allRejected", rejected);
        summary.put("cropStates", cropStates);
        summary.put("problems", report.problemsByReason());
        runs.finish(runId, LogImporter.json(summary));
        return report;
    }

    /** Whether {@link #recover} already ran to the end over exactly these sources for the project. */
    public boolean alreadyRecovered(String projectId, Path original, Path fin) {
        return new HistoryRunRepository(store).finished(projectId, original.toAbsolutePath().toString(),
                fin.toAbsolutePath().toString());
    }

    /** Writes the project's decisions in a current log format: "crop" or "selection". */
    public ExportReport export(String projectId, String format, Writer out) throws IOException {
        ProjectId.require(projectId);
        return new DecisionExporter(store).export(projectId, format, out);
    }
}
