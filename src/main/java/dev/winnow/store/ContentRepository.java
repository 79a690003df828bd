package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Decoded-content facts keyed by content hash. */
public final class ContentRepository {
    private final Store store;

    public ContentRepository(Store store) {
        this.store = store;
    }

    public void save(ContentRow r) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO content (hash, width, height, phash, thumb_path, stats_json, decoded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(hash) DO UPDATE SET width = excluded.width, height = excluded.height,
                      phash = excluded.phash, thumb_path = excluded.thumb_path, stats_json = excluded.stats_json,
                      decoded_at = excluded.decoded_at""")) {
                Sql.bind(ps, r.hash(), r.width(), r.height(), r.phash(), r.thumbPath(), Json.write(r.stats()),
                        r.decodedAt() == null ? Sql.now() : r.decodedAt());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every content hash that has been decoded (the embed planner's "already known" set). */
    public java.util.Set<String> hashes() {
        return store.query(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM content"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
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
