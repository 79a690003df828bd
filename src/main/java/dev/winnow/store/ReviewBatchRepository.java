package dev.winnow.store;

import dev.winnow.domain.ImageFile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Review sessions, batches and the sets of each batch. */
public final class ReviewBatchRepository {
    private final Store store;

    public ReviewBatchRepository(Store store) {
        this.store = store;
    }

    public void startSession(String id, String projectId) {
        Updates.run(store, "INSERT INTO review_sessions (id, project_id, started_at) VALUES (?, ?, ?)", id, projectId, Sql.now());
    }

    public void endSession(String id) {
        Updates.run(store, "UPDATE review_sessions SET ended_at = ? WHERE id = ?", Sql.now(), id);
    }

    /** A set going into a new batch: its id, key and member file ids in stage order. */
    public record NewSet(long setId, String setKey, List<Long> memberIds) {
    }

    /** Creates the project's next batch (id {@code <project>-b<seq>}) holding the sets in the given order. */
    public ReviewBatchRow create(String projectId, String ordering, List<NewSet> sets) {
        return store.inTransaction(c -> {
            int seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM review_batches WHERE project_id = ?")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            String id = projectId + "-b" + seq;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_batches (id, project_id, seq, ordering, state, created_at) VALUES (?, ?, ?, ?, 'open', ?)""")) {
                Sql.bind(ps, id, projectId, seq, ordering, Sql.now());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_batch_sets (batch_id, set_id, position, set_key, member_ids) VALUES (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < sets.size(); i++) {
                    NewSet s = sets.get(i);
                    Sql.bind(ps, id, s.setId(), i, s.setKey(), joinIds(s.memberIds()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return batch(c, id).orElseThrow();
        });
    }

    public Optional<ReviewBatchRow> find(String id) {
        return store.query(c -> batch(c, id));
    }

    /** The batch being reviewed or finalized for this project, if any (there is at most one). */
    public Optional<ReviewBatchRow> active(String projectId) {
        return first("SELECT * FROM review_batches WHERE project_id = ? AND state IN ('open', 'finalizing') ORDER BY seq DESC",
                projectId);
    }

    /** The most recently finalized (or half-finalized, or half-undone) batch, for `winnow undo` without an id. */
    public Optional<ReviewBatchRow> latestUndoable() {
        return first("""
                SELECT * FROM review_batches WHERE state IN ('finalizing', 'finalized', 'undoing')
                ORDER BY COALESCE(finalized_at, created_at) DESC, seq DESC""");
    }

    public List<ReviewBatchRow> forProject(String projectId) {
        return list("SELECT * FROM review_batches WHERE project_id = ? ORDER BY seq", projectId);
    }

    public void setState(String id, String state) {
        String column = switch (state) {
            case "finalized" -> "finalized_at";
            case "undone" -> "undone_at";
            default -> null;
        };
        if (column == null) Updates.run(store, "UPDATE review_batches SET state = ? WHERE id = ?", state, id);
        else Updates.run(store, "UPDATE review_batches SET state = ?, " + column + " = ? WHERE id = ?", state, Sql.now(), id);
    }

    public List<BatchSetRow> sets(String batchId) {
        return store.query(c -> {
            List<BatchSetRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM review_batch_sets WHERE batch_id = ? ORDER BY position")) {
                ps.setString(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BatchSetRow(batchId, rs.getLong("set_id"), rs.getInt("position"),
                                rs.getString("set_key"), longList(rs.getString("member_ids"))));
                    }
                }
            }
            return out;
        });
    }

    /** Every member file of the batch's sets, keyed by id, in one query. */
    public Map<Long, ImageFile> memberFiles(String batchId) {
        return store.query(c -> {
            List<Long> ids = new ArrayList<>();
            for (BatchSetRow s : sets(batchId)) ids.addAll(s.memberIds());
            Map<Long, ImageFile> out = new HashMap<>();
            if (ids.isEmpty()) return out;
            StringBuilder sql = new StringBuilder("SELECT * FROM files WHERE id IN (");
            for (int i = 0; i < ids.size(); i++) sql.append(i == 0 ? "?" : ", ?");
            for (ImageFile f : FileRepository.list(c, sql.append(")").toString(), ids.toArray())) out.put(f.id(), f);
            return out;
        });
    }

    /**
     * Sets that must not go into a new batch: those in a batch still open, and those with a current choice in
     * a batch that was finalized (or is being finalized or undone).
     */
    public Set<Long> takenSetIds(String projectId) {
        return store.query(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT bs.set_id FROM review_batch_sets bs JOIN review_batches b ON b.id = bs.batch_id
                    WHERE b.project_id = ? AND b.state = 'open'
                    UNION
                    SELECT ch.set_id FROM review_choices ch JOIN review_batches b ON b.id = ch.batch_id
                    WHERE b.project_id = ? AND b.state IN ('finalizing', 'finalized', 'undoing') AND ch.undone_at IS NULL""")) {
                Sql.bind(ps, projectId, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private Optional<ReviewBatchRow> first(String sql, Object... args) {
        List<ReviewBatchRow> rows = list(sql, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<ReviewBatchRow> list(String sql, Object... args) {
        return store.query(c -> list(c, sql, args));
    }

    private static Optional<ReviewBatchRow> batch(Connection c, String id) throws SQLException {
        List<ReviewBatchRow> rows = list(c, "SELECT * FROM review_batches WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static List<ReviewBatchRow> list(Connection c, String sql, Object... args) throws SQLException {
        List<ReviewBatchRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReviewBatchRow(rs.getString("id"), rs.getString("project_id"), rs.getInt("seq"),
                            rs.getString("ordering"), rs.getString("state"), rs.getString("created_at"),
                            rs.getString("finalized_at"), rs.getString("undone_at")));
                }
            }
        }
        return out;
    }


    private static String joinIds(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) sb.append(sb.length() == 0 ? "" : ",").append(id);
        return sb.toString();
    }

    private static List<Long> longList(String csv) {
        List<Long> out = new ArrayList<>();
        for (String part : csv.split(",")) if (!part.isBlank()) out.add(Long.parseLong(part.strip()));
        return out;
    }
}
