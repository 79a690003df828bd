package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The finalize journal: every planned file operation of a batch and how far it got. */
public final class JournalRepository {
    private final Store store;

    public JournalRepository(Store store) {
        this.store = store;
    }

    /** Records the whole plan as 'planned' and moves the batch to 'finalizing', in one transaction. */
    public void plan(String batchId, List<JournalOpRow> ops) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_journal (batch_id, seq, op, source, target, crop_x1, crop_y1, crop_x2, crop_y2,
                      size, sha256, state, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)""");
                 PreparedStatement st = c.prepareStatement("UPDATE review_batches SET state = 'finalizing' WHERE id = ?")) {
                String now = Sql.now();
                for (JournalOpRow o : ops) {
                    CropBox b = o.crop();
                    Sql.bind(ps, batchId, o.seq(), o.op(), o.source(), o.target(), b == null ? null : b.x1(),
                            b == null ? null : b.y1(), b == null ? null : b.x2(), b == null ? null : b.y2(), o.size(),
                            o.sha256(), o.note(), now);
                    ps.addBatch();
                }
                ps.executeBatch();
                st.setString(1, batchId);
                st.executeUpdate();
            }
            return null;
        });
    }

    public List<JournalOpRow> ops(String batchId) {
        return store.query(c -> {
            List<JournalOpRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM review_journal WHERE batch_id = ? ORDER BY seq")) {
                ps.setString(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
            }
            return out;
        });
    }

    public void mark(String batchId, int seq, String state, String note) {
        Updates.run(store, "UPDATE review_journal SET state = ?, note = COALESCE(?, note), updated_at = ? WHERE batch_id = ? AND seq = ?",
                state, note, Sql.now(), batchId, seq);
    }

    /** Records what a write produced, before the written file is renamed into place. */
    public void recordWritten(String batchId, int seq, long size, String sha256) {
        Updates.run(store, "UPDATE review_journal SET size = ?, sha256 = ?, updated_at = ? WHERE batch_id = ? AND seq = ?",
                size, sha256, Sql.now(), batchId, seq);
    }

    /**
     * Makes every commit wait for the disk (SQLite synchronous=FULL) while a journal runs: with the default
     * NORMAL a WAL commit can be lost on power failure, and a lost 'done' mark would be re-checked on resume, but
     * a lost 'planned' plan would leave moved files without a record.
     */
    public void durableCommits(boolean on) {
        store.query(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = " + (on ? "FULL" : "NORMAL"));
            }
            return null;
        });
    }


    private static JournalOpRow row(ResultSet rs) throws SQLException {
        Double x1 = Sql.doubleOrNull(rs, "crop_x1");
        CropBox box = x1 == null ? null : new CropBox(x1, rs.getDouble("crop_y1"), rs.getDouble("crop_x2"), rs.getDouble("crop_y2"));
        return new JournalOpRow(rs.getString("batch_id"), rs.getInt("seq"), rs.getString("op"), rs.getString("source"),
                rs.getString("target"), box, Sql.longOrNull(rs, "size"), rs.getString("sha256"), rs.getString("state"),
                rs.getString("note"));
    }
}
