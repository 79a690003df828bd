package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** One row per `winnow history` run, so a recovered decision can say which run (and which folders) it came from. */
public final class HistoryRunRepository {
    private final Store store;

    public HistoryRunRepository(Store store) {
        this.store = store;
    }

    /** Records the start of a run; returns its id. */
    public long start(String projectId, String original, String fin) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO history_runs (project_id, original, final, started_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                Sql.bind(ps, projectId, original, fin, Sql.now());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public void finish(long runId, String summaryJson) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE history_runs SET finished_at = ?, summary_json = ? WHERE id = ?")) {
                Sql.bind(ps, Sql.now(), summaryJson, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Whether a run over exactly these sources finished before (its decisions are in the store). */
    public boolean finished(String projectId, String original, String fin) {
        return store.query(c -> ProjectRepository.count(c, """
                SELECT COUNT(*) FROM history_runs WHERE project_id = ? AND original = ? AND final = ?
                  AND finished_at IS NOT NULL""", projectId, original, fin) > 0);
    }
}
