package dev.winnow.history;

import dev.winnow.common.ProgressReporter;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    public ImportReport importLogs(List<Path> logs, String projectOverride) throws IOException {
        if (projectOverride != null && !LogProjects.VALID_ID.matcher(projectOverride).matches()) {
            throw new IllegalArgumentException("project id '" + projectOverride + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        LogImporter importer = new LogImporter(store);
        List<LogFileReport> files = new ArrayList<>();
        Set<String> touched = new TreeSet<>();
        for (Path log : logs) {
            if (!Files.isRegularFile(log)) throw new IllegalArgumentException("no such log file: " + log);
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
        return new ImportReport(files, binds, merges);
    }

    /**
     * Ties the project's pending decisions to the files its last scan catalogued (call after every scan). A no-op
     * report for a project that is not registered yet.
     */
    public BindReport bindPending(String projectId) {
        return new PendingBinder(store).bind(projectId);
    }

    /** Every project that has decisions, registered or not. */
    public List<String> projectsWithDecisions() {
        return new DecisionRepository(store).projectIds();
    }
}
