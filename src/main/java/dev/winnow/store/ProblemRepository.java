package dev.winnow.store;

import dev.winnow.common.Problem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Problems recorded per project and kind (scan, import, embed, history, ...), so they outlive the run. */
public final class ProblemRepository {
    private final Store store;

    public ProblemRepository(Store store) {
        this.store = store;
    }

    /** Forgets earlier problems of this kind for the given paths (they were re-examined), then records new ones. */
    public void replace(String projectId, String kind, Collection<String> reexaminedPaths, Collection<Problem> problems) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM problems WHERE project_id IS ? AND kind = ? AND path = ?");
                 PreparedStatement ins = c.prepareStatement("""
                         INSERT INTO problems (project_id, kind, path, reason, detail, seen_at) VALUES (?, ?, ?, ?, ?, ?)
                         ON CONFLICT(project_id, kind, path, reason) DO UPDATE SET detail = excluded.detail,
                           seen_at = excluded.seen_at""")) {
                for (String p : reexaminedPaths) {
                    Sql.bind(del, projectId, kind, p);
                    del.addBatch();
                }
                del.executeBatch();
                String now = Sql.now();
                for (Problem p : problems) {
                    Sql.bind(ins, projectId, kind, p.path(), p.reason(), p.detail(), now);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }

    public void record(String projectId, String kind, Collection<Problem> problems) {
        replace(projectId, kind, List.of(), problems);
    }

    public List<Problem> list(String projectId, String kind) {
        return store.query(c -> {
            List<Problem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path, reason, detail FROM problems WHERE project_id IS ? AND (? IS NULL OR kind = ?) ORDER BY path")) {
                Sql.bind(ps, projectId, kind, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Problem(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
