package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Cross-stage change features per set member, and each set's heatmap. */
public final class ChangeFeatureRepository {
    private final Store store;

    public ChangeFeatureRepository(Store store) {
        this.store = store;
    }

    public void save(long setId, long fileId, String version, Map<String, Double> features) {
        store.update("""
                INSERT INTO change_features (set_id, file_id, version, features_json, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(set_id, file_id) DO UPDATE SET version = excluded.version,
                  features_json = excluded.features_json, created_at = excluded.created_at""",
                setId, fileId, version, Json.write(features), Sql.now());
    }

    public void saveHeatmap(long setId, String version, String heatmapPath) {
        store.update("""
                INSERT INTO change_maps (set_id, version, heatmap_path, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(set_id) DO UPDATE SET version = excluded.version, heatmap_path = excluded.heatmap_path,
                  created_at = excluded.created_at""",
                setId, version, heatmapPath, Sql.now());
    }

    /**
     * Replaces everything stored for a set with a fresh change map: the features of its current members (rows of
     * former members go), the heatmap, and the signature of the member contents it was computed from.
     */
    public void replaceForSet(long setId, String version, String signature, Map<Long, Map<String, Double>> byFile,
                              String heatmapPath) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM change_features WHERE set_id = ?");
                 PreparedStatement delMap = c.prepareStatement("DELETE FROM change_maps WHERE set_id = ?")) {
                del.setLong(1, setId);
                del.executeUpdate();
                delMap.setLong(1, setId);
                delMap.executeUpdate();
            }
            for (var e : byFile.entrySet()) save(setId, e.getKey(), version, e.getValue());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO change_maps (set_id, version, heatmap_path, created_at, signature) VALUES (?, ?, ?, ?, ?)""")) {
                Sql.bind(ps, setId, version, heatmapPath == null ? "" : heatmapPath, Sql.now(), signature);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Set id to the content signature its stored change map was computed from, for one version. */
    public Map<Long, String> signatures(String projectId, String version) {
        return store.query(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.set_id, m.signature FROM change_maps m JOIN sets s ON s.id = m.set_id
                    WHERE s.project_id = ? AND m.version = ? AND m.signature IS NOT NULL""")) {
                Sql.bind(ps, projectId, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public Map<Long, Map<String, Double>> forSet(long setId) {
        return features("SELECT file_id, features_json FROM change_features WHERE set_id = ?", setId);
    }

    /** File id to features for every set member of the project that has them. */
    public Map<Long, Map<String, Double>> forProject(String projectId) {
        return features("""
                SELECT cf.file_id, cf.features_json FROM change_features cf JOIN sets s ON s.id = cf.set_id
                WHERE s.project_id = ?""",
                projectId);
    }

    /** The heatmap image path (relative to the Winnow home) of a set, if computed. */
    public Optional<String> heatmap(long setId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT heatmap_path FROM change_maps WHERE set_id = ?")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    // An empty path marks a set whose map could not be drawn (fewer than two members decoded).
                    return rs.next() && !rs.getString(1).isEmpty() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private Map<Long, Map<String, Double>> features(String sql, Object arg) {
        return store.query(c -> {
            Map<Long, Map<String, Double>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), Json.doubleMap(rs.getString(2)));
                }
            }
            return out;
        });
    }
}
