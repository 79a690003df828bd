package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reviewer's choices, append-only; undo marks a row (and says who undid it) instead of deleting it. */
public final class ReviewChoiceRepository {
    /** Who undid a choice: the curator, or a changed auto-accept cut. */
    public static final String BY_CURATOR = "curator";
    public static final String BY_CUT = "cut";

    private final Store store;

    public ReviewChoiceRepository(Store store) {
        this.store = store;
    }

    /** Stores a choice; {@code id} and {@code undoneAt} of the argument are ignored. Returns the stored row. */
    public ReviewChoiceRow insert(ReviewChoiceRow r) {
        return store.inTransaction(c -> {
            CropBox b = r.crop();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_choices (batch_id, session_id, project_id, set_id, action, file_id, crop_x1, crop_y1,
                      crop_x2, crop_y2, crop_source, ai_pick, ai_json, ai_agreed, chosen_at, origin, cut)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                Sql.bind(ps, r.batchId(), r.sessionId(), r.projectId(), r.setId(), r.action(), r.fileId(),
                        b == null ? null : b.x1(), b == null ? null : b.y1(), b == null ? null : b.x2(),
                        b == null ? null : b.y2(), r.cropSource(), r.aiPick(), r.aiJson(),
                        r.aiAgreed() == null ? null : (r.aiAgreed() ? 1 : 0), r.chosenAt(), r.origin(), r.cut());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ReviewChoiceRow(rs.getLong(1), r.batchId(), r.sessionId(), r.projectId(), r.setId(),
                            r.action(), r.fileId(), b, r.cropSource(), r.aiPick(), r.aiJson(), r.aiAgreed(),
                            r.chosenAt(), null, r.origin(), r.cut(), null);
                }
            }
        });
    }

    /** The current choice of each set of the batch (its latest row not undone), keyed by set id. */
    public Map<Long, ReviewChoiceRow> current(String batchId) {
        Map<Long, ReviewChoiceRow> out = new LinkedHashMap<>();
        for (ReviewChoiceRow r : list("SELECT * FROM review_choices WHERE batch_id = ? AND undone_at IS NULL ORDER BY id",
                batchId)) {
            out.put(r.setId(), r);
        }
        return out;
    }

    /** Undoes the batch's most recent choice by the curator that is not undone yet; returns it. */
    public Optional<ReviewChoiceRow> undoLast(String batchId) {
        return store.inTransaction(c -> {
            List<ReviewChoiceRow> last = list("""
                    SELECT * FROM review_choices WHERE batch_id = ? AND undone_at IS NULL AND origin = 'curator'
                    ORDER BY id DESC LIMIT 1""", batchId);
            if (last.isEmpty()) return Optional.empty();
            return Optional.of(undo(last.get(0), BY_CURATOR));
        });
    }

    /** Marks one choice undone (by the curator or by a changed cut) and returns it so. */
    public ReviewChoiceRow undo(ReviewChoiceRow r, String by) {
        String now = Sql.now();
        store.update("UPDATE review_choices SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL", now, by, r.id());
        return r.undone(now, by);
    }

    /** Sets of the batch whose auto-accepted choice the curator reverted: the cut leaves them to the curator. */
    public Set<Long> revertedAutoSets(String batchId) {
        Set<Long> out = new HashSet<>();
        for (ReviewChoiceRow r : list("""
                SELECT * FROM review_choices WHERE batch_id = ? AND origin = 'auto' AND undone_by = 'curator'""", batchId)) {
            out.add(r.setId());
        }
        return out;
    }

    /**
     * Every choice ever made (undone ones included), oldest first, except those of batches whose finalize was undone
     * (`winnow undo` takes them back whole); projectId null means all projects.
     */
    public List<ReviewChoiceRow> all(String projectId) {
        return list("""
                SELECT ch.* FROM review_choices ch JOIN review_batches b ON b.id = ch.batch_id
                WHERE (? IS NULL OR ch.project_id = ?) AND b.state <> 'undone' ORDER BY ch.chosen_at, ch.id""",
                projectId, projectId);
    }

    private List<ReviewChoiceRow> list(String sql, Object... args) {
        return store.query(c -> {
            List<ReviewChoiceRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static ReviewChoiceRow row(ResultSet rs) throws SQLException {
        Double x1 = Sql.doubleOrNull(rs, "crop_x1");
        CropBox box = x1 == null ? null : new CropBox(x1, rs.getDouble("crop_y1"), rs.getDouble("crop_x2"), rs.getDouble("crop_y2"));
        Integer agreed = Sql.intOrNull(rs, "ai_agreed");
        return new ReviewChoiceRow(rs.getLong("id"), rs.getString("batch_id"), rs.getString("session_id"),
                rs.getString("project_id"), rs.getLong("set_id"), rs.getString("action"), Sql.longOrNull(rs, "file_id"),
                box, rs.getString("crop_source"), Sql.longOrNull(rs, "ai_pick"), rs.getString("ai_json"),
                agreed == null ? null : agreed == 1, rs.getString("chosen_at"), rs.getString("undone_at"),
                rs.getString("origin"), Sql.doubleOrNull(rs, "cut"), rs.getString("undone_by"));
    }
}
