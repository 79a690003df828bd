package dev.winnow.store;

import dev.winnow.domain.Project;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects and their per-project counts. */
public final class ProjectRepository {
    private final Store store;

    public ProjectRepository(Store store) {
        this.store = store;
    }

    /** Inserts or updates a project; the original added_at is kept. */
    public void save(Project p) {
        store.update("""
                INSERT INTO projects (id, title, root, status, created_at, started_at, finished_at, manifest_json, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, root = excluded.root, status = excluded.status,
                  created_at = excluded.created_at, started_at = excluded.started_at,
                  finished_at = excluded.finished_at, manifest_json = excluded.manifest_json""",
                p.id(), p.title(), p.root(), p.status(), p.createdAt(), p.startedAt(), p.finishedAt(),
                p.manifestJson(), p.addedAt() == null ? Sql.now() : p.addedAt());
    }

    public Optional<Project> find(String id) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM projects WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<Project> all() {
        return store.query(c -> {
            List<Project> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM projects ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        });
    }

    /** Counts that `winnow projects` and `winnow status` show, keyed by name. */
    public Map<String, Long> counts(String projectId) {
        return store.query(c -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("files", count(c, "SELECT COUNT(*) FROM files WHERE project_id = ? AND state = 'present'", projectId));
            m.put("missing", count(c, "SELECT COUNT(*) FROM files WHERE project_id = ? AND state = 'missing'", projectId));
            m.put("problems", count(c, "SELECT COUNT(*) FROM files WHERE project_id = ? AND state = 'problem'", projectId));
            m.put("companions", count(c, "SELECT COUNT(*) FROM companions WHERE project_id = ?", projectId));
            m.put("sets", count(c, "SELECT COUNT(*) FROM sets WHERE project_id = ? AND size >= 2", projectId));
            m.put("singles", count(c, "SELECT COUNT(*) FROM files f WHERE f.project_id = ? AND f.state = 'present' AND "
                    + SetRepository.SINGLE, projectId));
            m.put("decisions", count(c, "SELECT COUNT(*) FROM decisions WHERE project_id = ?", projectId));
            return m;
        });
    }

    static long count(java.sql.Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Project row(ResultSet rs) throws SQLException {
        return new Project(rs.getString("id"), rs.getString("title"), rs.getString("root"), rs.getString("status"),
                rs.getString("created_at"), rs.getString("started_at"), rs.getString("finished_at"),
                rs.getString("manifest_json"), rs.getString("added_at"));
    }
}
