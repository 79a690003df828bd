package dev.winnow.store;

import dev.winnow.domain.FileState;
import dev.winnow.domain.ImageFile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Image files and their companions. Files are never deleted: a vanished file is marked missing. */
public final class FileRepository {
    private final Store store;

    public FileRepository(Store store) {
        this.store = store;
    }

    /** Every file of the project in any state, keyed by relative path (the rescan's starting point). */
    public Map<String, ImageFile> index(String projectId) {
        return store.query(c -> {
            Map<String, ImageFile> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM files WHERE project_id = ?")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString("rel_path"), row(rs));
                }
            }
            return out;
        });
    }

    public List<ImageFile> present(String projectId) {
        return list("SELECT * FROM files WHERE project_id = ? AND state = 'present' ORDER BY rel_path", projectId);
    }

    public Optional<ImageFile> byId(long id) {
        List<ImageFile> rows = list("SELECT * FROM files WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Files with this exact name inside one project (names are how logs refer to images). */
    public List<ImageFile> byName(String projectId, String name) {
        return list("SELECT * FROM files WHERE project_id = ? AND name = ? ORDER BY state, rel_path", projectId, name);
    }

    /** Inserts new files and updates changed ones; returns the rows with their ids. */
    public List<ImageFile> upsert(Collection<ImageFile> rows) {
        if (rows.isEmpty()) return List.of();
        return store.inTransaction(c -> {
            String now = Sql.now();
            List<ImageFile> out = new ArrayList<>(rows.size());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO files (project_id, rel_path, name, stem, ext, size, mtime, width, height, format, stage,
                                       stage_label, name_time, content_hash, state, first_seen, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(project_id, rel_path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                      width = excluded.width, height = excluded.height, format = excluded.format,
                      stage = excluded.stage, stage_label = excluded.stage_label, name_time = excluded.name_time,
                      content_hash = excluded.content_hash, state = excluded.state, last_seen = excluded.last_seen
                    RETURNING id""")) {
                for (ImageFile r : rows) {
                    Sql.bind(ps, r.projectId(), r.relPath(), r.name(), r.stem(), r.ext(), r.size(), r.mtime(), r.width(),
                            r.height(), r.format(), r.stage(), r.stageLabel(), r.nameTime(), r.contentHash(), r.state().id(),
                            now, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(r.withId(rs.getLong(1)));
                    }
                }
            }
            return out;
        });
    }

    public void markMissing(Collection<Long> ids) {
        if (ids.isEmpty()) return;
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE files SET state = 'missing', last_seen = ? WHERE id = ?")) {
                String now = Sql.now();
                for (long id : ids) {
                    Sql.bind(ps, now, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Records the content hash once a decode pass has computed it. */
    public void setContentHash(long fileId, String hash) {
        store.update("UPDATE files SET content_hash = ? WHERE id = ?", hash, fileId);
    }

    /** Companions of the project keyed by their own relative path. */
    public Map<String, CompanionRow> companionIndex(String projectId) {
        return store.query(c -> {
            Map<String, CompanionRow> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM companions WHERE project_id = ?")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CompanionRow r = companion(rs);
                        out.put(r.relPath(), r);
                    }
                }
            }
            return out;
        });
    }

    public List<CompanionRow> companionsOf(long fileId) {
        return store.query(c -> {
            List<CompanionRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM companions WHERE file_id = ? ORDER BY rel_path")) {
                ps.setLong(1, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(companion(rs));
                }
            }
            return out;
        });
    }

    /** Writes companion changes: upserts the given rows, removes rows for paths that are gone. */
    public void syncCompanions(String projectId, Collection<CompanionRow> upserts, Collection<String> removedPaths) {
        if (upserts.isEmpty() && removedPaths.isEmpty()) return;
        store.inTransaction(c -> {
            try (PreparedStatement ins = c.prepareStatement("""
                    INSERT INTO companions (project_id, file_id, rel_path, size, mtime) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(project_id, rel_path) DO UPDATE SET file_id = excluded.file_id, size = excluded.size,
                      mtime = excluded.mtime""");
                 PreparedStatement del = c.prepareStatement("DELETE FROM companions WHERE project_id = ? AND rel_path = ?")) {
                for (CompanionRow r : upserts) {
                    Sql.bind(ins, projectId, r.fileId(), r.relPath(), r.size(), r.mtime());
                    ins.addBatch();
                }
                ins.executeBatch();
                for (String p : removedPaths) {
                    Sql.bind(del, projectId, p);
                    del.addBatch();
                }
                del.executeBatch();
            }
            return null;
        });
    }

    private List<ImageFile> list(String sql, Object... args) {
        return store.query(c -> list(c, sql, args));
    }

    static List<ImageFile> list(Connection c, String sql, Object... args) throws SQLException {
        List<ImageFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        }
        return out;
    }

    static ImageFile row(ResultSet rs) throws SQLException {
        return new ImageFile(rs.getLong("id"), rs.getString("project_id"), rs.getString("rel_path"), rs.getString("name"),
                rs.getString("stem"), rs.getString("ext"), rs.getLong("size"), rs.getLong("mtime"),
                Sql.intOrNull(rs, "width"), Sql.intOrNull(rs, "height"), rs.getString("format"), rs.getDouble("stage"),
                rs.getString("stage_label"), rs.getString("name_time"), rs.getString("content_hash"),
                FileState.of(rs.getString("state")));
    }

    private static CompanionRow companion(ResultSet rs) throws SQLException {
        return new CompanionRow(rs.getLong("file_id"), rs.getString("rel_path"), rs.getLong("size"), rs.getLong("mtime"));
    }
}
