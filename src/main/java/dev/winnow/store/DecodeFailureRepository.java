package dev.winnow.store;

import dev.winnow.common.Problem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** Content hashes whose bytes did not decode, with the reason (the path in each Problem is the hash). */
public final class DecodeFailureRepository {
    private final Store store;

    public DecodeFailureRepository(Store store) {
        this.store = store;
    }

    public void save(String hash, String reason, String detail) {
        store.update("""
                INSERT INTO decode_failures (hash, reason, detail, failed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(hash) DO UPDATE SET reason = excluded.reason, detail = excluded.detail,
                  failed_at = excluded.failed_at""",
                hash, reason, detail, Sql.now());
    }

    /**
     * The project's present files whose bytes did not decode, by file id; each Problem's path is the file's relative
     * path. A file that changes gets a new hash and leaves this list until it fails again.
     */
    public Map<Long, Problem> forProject(String projectId) {
        return store.query(c -> {
            Map<Long, Problem> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.id, f.rel_path, d.reason, d.detail FROM files f JOIN decode_failures d ON d.hash = f.content_hash
                    WHERE f.project_id = ? AND f.state = 'present'""")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), new Problem(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** Every known failure keyed by content hash. */
    public Map<String, Problem> all() {
        return store.query(c -> {
            Map<String, Problem> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hash, reason, detail FROM decode_failures");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), new Problem(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        });
    }
}
