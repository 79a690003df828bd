package dev.winnow.store;

import dev.winnow.common.CropBox;
import dev.winnow.domain.Decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Curator decisions from logs, history runs and the reviewer. */
public final class DecisionRepository {
    private final Store store;

    public DecisionRepository(Store store) {
        this.store = store;
    }

    /** Inserts unless a decision with the same fingerprint exists; returns whether it was new. */
    public boolean insert(Decision d) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO decisions (project_id, source, source_ref, kind, set_ref, chosen_name, chosen_stage,
                      loser_names, crop_state, crop_x1, crop_y1, crop_x2, crop_y2, raw_json, confidence, logged_at,
                      set_id, chosen_file_id, fingerprint, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(fingerprint) DO NOTHING""")) {
                CropBox b = d.crop();
                Sql.bind(ps, d.projectId(), d.source(), d.sourceRef(), d.kind(), d.setRef(), d.chosenName(),
                        d.chosenStage(), Json.write(d.loserNames()), d.cropState(), b == null ? null : b.x1(),
                        b == null ? null : b.y1(), b == null ? null : b.x2(), b == null ? null : b.y2(), d.rawJson(),
                        d.confidence(), d.loggedAt(), d.setId(), d.chosenFileId(), d.fingerprint(), Sql.now());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public List<Decision> forProject(String projectId) {
        return list("SELECT * FROM decisions WHERE project_id = ? ORDER BY id", projectId);
    }

    public List<Decision> forSet(long setId) {
        return list("SELECT * FROM decisions WHERE set_id = ? ORDER BY id", setId);
    }

    /**
     * Removes the decisions one source published under one reference (a review batch that was undone); returns how
     * many went. Decisions merged into them stand alone again.
     */
    public int deleteBySourceRef(String source, String sourceRef) {
        return store.inTransaction(c -> {
            update("UPDATE decisions SET merged_into = NULL WHERE merged_into IN "
                    + "(SELECT id FROM decisions WHERE source = ? AND source_ref = ?)", source, sourceRef);
            try (var ps = c.prepareStatement("DELETE FROM decisions WHERE source = ? AND source_ref = ?")) {
                Sql.bind(ps, source, sourceRef);
                return ps.executeUpdate();
            }
        });
    }

    /** Removes one decision; decisions merged into it stand alone again. Returns 1 if it existed. */
    public int deleteById(long id) {
        return store.inTransaction(c -> {
            update("UPDATE decisions SET merged_into = NULL WHERE merged_into = ?", id);
            try (var ps = c.prepareStatement("DELETE FROM decisions WHERE id = ?")) {
                Sql.bind(ps, id);
                return ps.executeUpdate();
            }
        });
    }

    public void bind(long id, Long setId, Long chosenFileId) {
        update("UPDATE decisions SET set_id = ?, chosen_file_id = ? WHERE id = ?", setId, chosenFileId, id);
    }

    public void updateCrop(long id, String cropState, CropBox crop, Double confidence) {
        update("UPDATE decisions SET crop_state = ?, crop_x1 = ?, crop_y1 = ?, crop_x2 = ?, crop_y2 = ?, confidence = ? WHERE id = ?",
                cropState, crop == null ? null : crop.x1(), crop == null ? null : crop.y1(),
                crop == null ? null : crop.x2(), crop == null ? null : crop.y2(), confidence, id);
    }

    /**
     * Decisions not yet tied to their files: the chosen file is unknown, or (all rejected) the set is, or the
     * chosen file sits in a set the decision does not point to yet (a rescan regrouped it).
     */
    public List<Decision> pending(String projectId) {
        return list("""
                SELECT * FROM decisions d WHERE d.project_id = ?
                  AND ((d.chosen_name IS NOT NULL AND d.chosen_file_id IS NULL)
                    OR (d.chosen_name IS NULL AND d.set_id IS NULL)
                    OR (d.set_id IS NULL AND d.chosen_file_id IS NOT NULL
                        AND EXISTS (SELECT 1 FROM set_members m WHERE m.file_id = d.chosen_file_id)))
                ORDER BY d.id""", projectId);
    }

    /** Decisions that are not a repeat of another one (what training should count once). */
    public List<Decision> canonicalForProject(String projectId) {
        return list("SELECT * FROM decisions WHERE project_id = ? AND merged_into IS NULL ORDER BY id", projectId);
    }

    public Optional<Decision> byFingerprint(String fingerprint) {
        List<Decision> rows = list("SELECT * FROM decisions WHERE fingerprint = ?", fingerprint);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Decisions of one source whose identity starts with {@code prefix} (an identity scheme), oldest first. */
    public List<Decision> withFingerprintPrefix(String source, String prefix) {
        return list("SELECT * FROM decisions WHERE source = ? AND substr(fingerprint, 1, ?) = ? ORDER BY id",
                source, prefix.length(), prefix);
    }

    /** Every identity that starts with {@code prefix}. */
    public List<String> fingerprintsWithPrefix(String prefix) {
        return store.query(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM decisions WHERE substr(fingerprint, 1, ?) = ?")) {
                Sql.bind(ps, prefix.length(), prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Gives a decision a new identity (a store written under another identity scheme); keeps everything else. */
    public void setFingerprint(long id, String fingerprint) {
        update("UPDATE decisions SET fingerprint = ? WHERE id = ?", fingerprint, id);
    }

    /** Overwrites what a source says about a decision (a history run that looked again); keeps id and binding. */
    public void replaceContent(long id, Decision d) {
        CropBox b = d.crop();
        update("""
                UPDATE decisions SET source_ref = ?, set_ref = ?, chosen_name = ?, chosen_stage = ?, loser_names = ?,
                  crop_state = ?, crop_x1 = ?, crop_y1 = ?, crop_x2 = ?, crop_y2 = ?, raw_json = ?, confidence = ?,
                  logged_at = ? WHERE id = ?""", d.sourceRef(), d.setRef(), d.chosenName(), d.chosenStage(),
                Json.write(d.loserNames()), d.cropState(), b == null ? null : b.x1(), b == null ? null : b.y1(),
                b == null ? null : b.x2(), b == null ? null : b.y2(), d.rawJson(), d.confidence(), d.loggedAt(), id);
    }

    public void setRawJson(long id, String rawJson) {
        update("UPDATE decisions SET raw_json = ? WHERE id = ?", rawJson, id);
    }

    /** Marks {@code id} as a repeat of {@code canonicalId} (null: canonical again). */
    public void markMerged(long id, Long canonicalId) {
        update("UPDATE decisions SET merged_into = ? WHERE id = ?", canonicalId, id);
    }

    /** Records why this decision disagrees with another source (null clears it). */
    public void markConflict(long id, String conflict) {
        update("UPDATE decisions SET conflict = ? WHERE id = ?", conflict, id);
    }

    /** Every project id that has decisions, registered or not. */
    public List<String> projectIds() {
        return store.query(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT project_id FROM decisions ORDER BY project_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    public Map<String, Long> countsBySource(String projectId) {
        return store.query(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT source, COUNT(*) FROM decisions WHERE project_id = ? GROUP BY source ORDER BY source")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    private void update(String sql, Object... args) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Decision> list(String sql, Object... args) {
        return store.query(c -> list(c, sql, args));
    }

    static List<Decision> list(Connection c, String sql, Object... args) throws SQLException {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        }
        return out;
    }

    private static Decision row(ResultSet rs) throws SQLException {
        Double x1 = Sql.doubleOrNull(rs, "crop_x1");
        CropBox box = x1 == null ? null : new CropBox(x1, rs.getDouble("crop_y1"), rs.getDouble("crop_x2"), rs.getDouble("crop_y2"));
        return new Decision(rs.getLong("id"), rs.getString("project_id"), rs.getString("source"),
                rs.getString("source_ref"), rs.getString("kind"), rs.getString("set_ref"), rs.getString("chosen_name"),
                Sql.doubleOrNull(rs, "chosen_stage"), Json.stringList(rs.getString("loser_names")),
                rs.getString("crop_state"), box, rs.getString("raw_json"), Sql.doubleOrNull(rs, "confidence"),
                rs.getString("logged_at"), Sql.longOrNull(rs, "set_id"), Sql.longOrNull(rs, "chosen_file_id"),
                rs.getString("fingerprint"));
    }
}
