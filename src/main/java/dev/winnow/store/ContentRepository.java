package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decoded-content facts keyed by content hash. */
public final class ContentRepository {
    private final Store store;

    public ContentRepository(Store store) {
        this.store = store;
    }

    public void save(ContentRow r) {
        store.update("""
                INSERT INTO content (hash, width, height, phash, thumb_path, stats_json, decoded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(hash) DO UPDATE SET width = excluded.width, height = excluded.height,
                  phash = excluded.phash, thumb_path = excluded.thumb_path, stats_json = excluded.stats_json,
                  decoded_at = excluded.decoded_at""",
                r.hash(), r.width(), r.height(), r.phash(), r.thumbPath(), Json.write(r.stats()),
                r.decodedAt() == null ? Sql.now() : r.decodedAt());
    }

    /**
     * Decoded content hashes whose statistics hold {@code key} = {@code value}: content measured by an older
     * version of a statistic is left out, so the embed planner decodes it again.
     */
    public Set<String> hashesWith(String key, double value) {
        return hashes("SELECT hash FROM content WHERE json_extract(stats_json, ?) = ?", jsonPath(key), value);
    }

    /** Decoded content hashes of files of {@code format} whose statistics lack {@code key}. */
    public Set<String> hashesLacking(String key, String format) {
        return hashes("""
                SELECT hash FROM content WHERE json_extract(stats_json, ?) IS NULL
                  AND EXISTS (SELECT 1 FROM files WHERE files.content_hash = content.hash AND files.format = ?)""",
                jsonPath(key), format);
    }

    private Set<String> hashes(String sql, Object... args) {
        return store.query(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The JSON path of a top-level key of the statistics. */
    private static String jsonPath(String key) {
        return "$.\"" + key + "\"";
    }

    /** The statistics of every file of the project with decoded content (also missing ones), by file id. */
    public Map<Long, Map<String, Double>> statsForProject(String projectId) {
        return store.query(c -> {
            Map<Long, Map<String, Double>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.id, c.stats_json FROM files f JOIN content c ON c.hash = f.content_hash
                    WHERE f.project_id = ?""")) {
                Sql.bind(ps, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), Json.doubleMap(rs.getString(2)));
                }
            }
            return out;
        });
    }

    public Optional<ContentRow> find(String hash) {
        return one("SELECT * FROM content WHERE hash = ?", hash);
    }

    /** The content of a file as of its last decode (through files.content_hash). */
    public Optional<ContentRow> forFile(long fileId) {
        return one("SELECT c.* FROM content c JOIN files f ON f.content_hash = c.hash WHERE f.id = ?", fileId);
    }

    private Optional<ContentRow> one(String sql, Object arg) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    private static ContentRow row(ResultSet rs) throws SQLException {
        return new ContentRow(rs.getString("hash"), rs.getInt("width"), rs.getInt("height"), rs.getLong("phash"),
                rs.getString("thumb_path"), Json.doubleMap(rs.getString("stats_json")), rs.getString("decoded_at"));
    }
}
