package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of what the models can read per project (for `winnow status`), without loading vectors. */
public final class LearnInputRepository {
    private final Store store;

    public LearnInputRepository(Store store) {
        this.store = store;
    }

    /** Present files of the project with an embedding, per embedder. */
    public Map<String, Long> embeddedFiles(String projectId) {
        return store.query(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.embedder, COUNT(DISTINCT f.id) FROM files f JOIN embeddings e ON e.content_hash = f.content_hash
                    WHERE f.project_id = ? AND f.state = 'present' GROUP BY e.embedder ORDER BY e.embedder""")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** Sets of the project with change features for at least one member. */
    public long setsWithChangeFeatures(String projectId) {
        return store.query(c -> ProjectRepository.count(c, """
                SELECT COUNT(DISTINCT cf.set_id) FROM change_features cf JOIN sets s ON s.id = cf.set_id
                WHERE s.project_id = ?""", projectId));
    }
}
