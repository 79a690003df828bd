package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-set predictions that the reviewer shows. */
public final class PredictionRepository {
    private final Store store;

    public PredictionRepository(Store store) {
        this.store = store;
    }

    public void save(PredictionRow p) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO predictions (set_id, pick_file_id, confidence, anomaly_prob, crop_x1, crop_y1, crop_x2,
                      crop_y2, reason, ranker_version, anomaly_version, crop_version, scores_json, created_at,
                      blamed_file_id, blamed_x1, blamed_y1, blamed_x2, blamed_y2, flagged)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(set_id) DO UPDATE SET pick_file_id = excluded.pick_file_id,
                      confidence = excluded.confidence, anomaly_prob = excluded.anomaly_prob,
                      crop_x1 = excluded.crop_x1, crop_y1 = excluded.crop_y1, crop_x2 = excluded.crop_x2,
                      crop_y2 = excluded.crop_y2, reason = excluded.reason, ranker_version = excluded.ranker_version,
                      anomaly_version = excluded.anomaly_version, crop_version = excluded.crop_version,
                      scores_json = excluded.scores_json, created_at = excluded.created_at,
                      blamed_file_id = excluded.blamed_file_id, blamed_x1 = excluded.blamed_x1,
                      blamed_y1 = excluded.blamed_y1, blamed_x2 = excluded.blamed_x2, blamed_y2 = excluded.blamed_y2,
                      flagged = excluded.flagged""")) {
                CropBox b = p.crop();
                CropBox z = p.blamedBox();
                Sql.bind(ps, p.setId(), p.pickFileId(), p.confidence(), p.anomalyProbability(),
                        b == null ? null : b.x1(), b == null ? null : b.y1(), b == null ? null : b.x2(),
                        b == null ? null : b.y2(), p.reason(), p.rankerVersion(), p.anomalyVersion(), p.cropVersion(),
                        Json.write(p.scores()), p.createdAt() == null ? Sql.now() : p.createdAt(), p.blamedFileId(),
                        z == null ? null : z.x1(), z == null ? null : z.y1(), z == null ? null : z.x2(),
                        z == null ? null : z.y2(), p.flagged() == null ? null : p.flagged() ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<PredictionRow> forSet(long setId) {
        List<PredictionRow> rows = list("SELECT * FROM predictions WHERE set_id = ?", setId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<PredictionRow> forProject(String projectId) {
        return list("""
                SELECT p.* FROM predictions p JOIN sets s ON s.id = p.set_id WHERE s.project_id = ? ORDER BY p.set_id""",
                projectId);
    }

    /** Saves many predictions in one transaction (a project's worth at a time). */
    public void saveAll(List<PredictionRow> rows) {
        saveAll(rows, List.of());
    }

    /** Saves predictions and their heatmaps in one transaction; each saved set's older heatmaps are dropped. */
    public void saveAll(List<PredictionRow> rows, List<HeatRow> heat) {
        store.inTransaction(c -> {
            try (PreparedStatement drop = c.prepareStatement("DELETE FROM prediction_heat WHERE set_id = ?");
                 PreparedStatement add = c.prepareStatement(
                         "INSERT INTO prediction_heat (set_id, file_id, cols, rows, tiles) VALUES (?, ?, ?, ?, ?)")) {
                for (PredictionRow p : rows) {
                    save(p);
                    drop.setLong(1, p.setId());
                    drop.executeUpdate();
                }
                for (HeatRow h : heat) {
                    Sql.bind(add, h.setId(), h.fileId(), h.cols(), h.rows(), h.tiles());
                    add.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The member's heatmap as last predicted, if any. */
    public Optional<HeatRow> heat(long setId, long fileId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT cols, rows, tiles FROM prediction_heat WHERE set_id = ? AND file_id = ?")) {
                ps.setLong(1, setId);
                ps.setLong(2, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new HeatRow(setId, fileId, rs.getInt(1), rs.getInt(2), rs.getBytes(3)))
                            : Optional.<HeatRow>empty();
                }
            }
        });
    }

    /** Whether the set's last prediction left any heatmap. */
    public boolean hasHeat(long setId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM prediction_heat WHERE set_id = ? LIMIT 1")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Predicted sets of the project per model version triple, e.g. {"ranker v2 / anomaly v1 / crop v1": 812}. */
    public Map<String, Long> countsByVersions(String projectId) {
        return store.query(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.ranker_version, p.anomaly_version, p.crop_version, COUNT(*) FROM predictions p
                    JOIN sets s ON s.id = p.set_id WHERE s.project_id = ?
                    GROUP BY p.ranker_version, p.anomaly_version, p.crop_version ORDER BY 4 DESC""")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put("ranker " + rs.getString(1) + " / anomaly " + rs.getString(2) + " / crop " + rs.getString(3),
                                rs.getLong(4));
                    }
                }
            }
            return out;
        });
    }

    private List<PredictionRow> list(String sql, Object arg) {
        return store.query(c -> {
            List<PredictionRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static PredictionRow row(ResultSet rs) throws SQLException {
        Double x1 = Sql.doubleOrNull(rs, "crop_x1");
        CropBox box = x1 == null ? null : new CropBox(x1, rs.getDouble("crop_y1"), rs.getDouble("crop_x2"), rs.getDouble("crop_y2"));
        Long blamed = Sql.longOrNull(rs, "blamed_file_id");
        Double bx1 = Sql.doubleOrNull(rs, "blamed_x1");
        CropBox blamedBox = blamed == null || bx1 == null ? null
                : new CropBox(bx1, rs.getDouble("blamed_y1"), rs.getDouble("blamed_x2"), rs.getDouble("blamed_y2"));
        return new PredictionRow(rs.getLong("set_id"), Sql.longOrNull(rs, "pick_file_id"), rs.getDouble("confidence"),
                rs.getDouble("anomaly_prob"), box, rs.getString("reason"), rs.getString("ranker_version"),
                rs.getString("anomaly_version"), rs.getString("crop_version"),
                Json.longDoubleMap(rs.getString("scores_json")), rs.getString("created_at"),
                blamedBox == null ? null : blamed, blamedBox, Sql.intOrNull(rs, "flagged") == null ? null
                        : rs.getInt("flagged") != 0);
    }
}
