package dev.winnow.store;

import com.fasterxml.jackson.core.type.TypeReference;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Change maps by set content signature (see V31), the cache behind {@link ChangeFeatureRepository}. */
public final class SetChangeRepository {
    private final Store store;

    public SetChangeRepository(Store store) {
        this.store = store;
    }

    public void save(SetChangeRow r) {
        store.update("""
                INSERT INTO set_changes (signature, version, features_json, heatmap_path, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(signature, version) DO UPDATE SET features_json = excluded.features_json,
                  heatmap_path = excluded.heatmap_path, created_at = excluded.created_at""",
                r.signature(), r.version(), Json.write(r.features()), r.heatmapPath(), Sql.now());
    }

    public Optional<SetChangeRow> find(String signature, String version) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT features_json, heatmap_path FROM set_changes WHERE signature = ? AND version = ?")) {
                Sql.bind(ps, signature, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    List<Map<String, Double>> features = Json.read(rs.getString(1),
                            new TypeReference<List<Map<String, Double>>>() { });
                    return Optional.of(new SetChangeRow(signature, version, features, rs.getString(2)));
                }
            }
        });
    }
}
