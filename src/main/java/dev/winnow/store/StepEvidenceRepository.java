package dev.winnow.store;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.evidence.EvidenceNames;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepVariant;
import dev.winnow.imaging.evidence.TilePlanes;

import java.io.ByteArrayOutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Step evidence by set content signature (see V80), and which signature each set's evidence belongs to; read back
 * as {@link StepEvidence} records for the learner.
 */
public final class StepEvidenceRepository {
    private final Store store;

    public StepEvidenceRepository(Store store) {
        this.store = store;
    }

    /** True when evidence of this content signature and version is stored (possibly with no step). */
    public boolean exists(String signature, String version) {
        return store.query(c -> ProjectRepository.count(c,
                "SELECT COUNT(*) FROM evidence_sets WHERE signature = ? AND version = ?", signature, version) > 0);
    }

    /** Stores the steps of one signature (replacing what it held). */
    public void save(String signature, String version, List<StepEvidence> steps) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM evidence_sets WHERE signature = ? AND version = ?")) {
                Sql.bind(del, signature, version);
                del.executeUpdate();
            }
            try (PreparedStatement set = c.prepareStatement(
                    "INSERT INTO evidence_sets (signature, version, steps, created_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement step = c.prepareStatement("""
                         INSERT INTO evidence_steps (signature, version, step, lower_stage, upper_stage, width, height,
                           cols, rows, descriptors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement variant = c.prepareStatement("""
                         INSERT INTO evidence_variants (signature, version, step, variant, family, box_x1, box_y1, box_x2,
                           box_y2, summaries, tiles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Sql.bind(set, signature, version, steps.size(), Sql.now());
                set.executeUpdate();
                for (int k = 0; k < steps.size(); k++) {
                    StepEvidence s = steps.get(k);
                    Sql.bind(step, signature, version, k, s.lowerStage(), s.upperStage(), s.width(), s.height(),
                            s.cols(), s.rows(), deflate(s.descriptors().codes()));
                    step.executeUpdate();
                    for (StepVariant v : s.variants()) {
                        CropBox b = v.planted();
                        Sql.bind(variant, signature, version, k, v.index(), v.family(), b == null ? null : b.x1(),
                                b == null ? null : b.y1(), b == null ? null : b.x2(), b == null ? null : b.y2(),
                                EmbeddingRepository.encode(v.summaries()), deflate(v.tiles().codes()));
                        variant.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Points a set at the evidence of its current content. */
    public void link(long setId, String signature, String version) {
        store.update("""
                INSERT INTO set_evidence (set_id, signature, version) VALUES (?, ?, ?)
                ON CONFLICT(set_id) DO UPDATE SET signature = excluded.signature, version = excluded.version""",
                setId, signature, version);
    }

    /** Set id to the content signature its evidence belongs to, for one project and version. */
    public Map<Long, String> signatures(String projectId, String version) {
        return store.query(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.set_id, e.signature FROM set_evidence e JOIN sets s ON s.id = e.set_id
                    WHERE s.project_id = ? AND e.version = ?""")) {
                Sql.bind(ps, projectId, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The evidence of every set of the project that has it, by set id: its steps in stage order (an empty list when
     * no step of the set could be analysed). Holds all of it in memory (about 30 KB per step); for a very large
     * project {@link #forEachSet} reads one set at a time.
     */
    public Map<Long, List<StepEvidence>> evidenceForProject(String projectId, String version) {
        Map<Long, List<StepEvidence>> out = new LinkedHashMap<>();
        forEachSet(projectId, version, out::put);
        return out;
    }

    /** Calls {@code each} with every set of the project that has evidence, in set id order. */
    public void forEachSet(String projectId, String version, BiConsumer<Long, List<StepEvidence>> each) {
        store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.set_id, st.step, st.lower_stage, st.upper_stage, st.width, st.height, st.cols, st.rows,
                           st.descriptors, v.variant, v.family, v.box_x1, v.box_y1, v.box_x2, v.box_y2, v.summaries, v.tiles
                    FROM set_evidence e
                    JOIN sets s ON s.id = e.set_id
                    JOIN evidence_sets es ON es.signature = e.signature AND es.version = e.version
                    LEFT JOIN evidence_steps st ON st.signature = e.signature AND st.version = e.version
                    LEFT JOIN evidence_variants v ON v.signature = st.signature AND v.version = st.version AND v.step = st.step
                    WHERE s.project_id = ? AND e.version = ?
                    ORDER BY e.set_id, st.step, v.variant""")) {
                Sql.bind(ps, projectId, version);
                try (ResultSet rs = ps.executeQuery()) {
                    SetReader reader = new SetReader(each);
                    while (rs.next()) reader.row(rs);
                    reader.finish();
                }
            }
            return null;
        });
    }

    /** Assembles the rows of a query ordered by set, step and variant into each set's steps. */
    private static final class SetReader {
        private final BiConsumer<Long, List<StepEvidence>> each;
        private Long setId;
        private final List<StepEvidence> steps = new ArrayList<>();
        private int step = -1;
        private double lower;
        private double upper;
        private int width;
        private int height;
        private TilePlanes descriptors;
        private final List<StepVariant> variants = new ArrayList<>();

        SetReader(BiConsumer<Long, List<StepEvidence>> each) {
            this.each = each;
        }

        void row(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            if (setId == null || id != setId) {
                finish();
                setId = id;
            }
            int k = rs.getInt(2);
            if (rs.wasNull()) return;
            if (k != step) {
                endStep();
                step = k;
                lower = rs.getDouble(3);
                upper = rs.getDouble(4);
                width = rs.getInt(5);
                height = rs.getInt(6);
                descriptors = new TilePlanes(rs.getInt(7), rs.getInt(8), EvidenceNames.DESCRIPTOR_SCALES, inflate(rs.getBytes(9)));
            }
            Double x1 = Sql.doubleOrNull(rs, "box_x1");
            CropBox box = x1 == null ? null : new CropBox(x1, rs.getDouble(13), rs.getDouble(14), rs.getDouble(15));
            variants.add(new StepVariant(rs.getInt(10), rs.getString(11), box, EmbeddingRepository.decode(rs.getBytes(16)),
                    new TilePlanes(descriptors.cols(), descriptors.rows(), EvidenceNames.TILE_SCALES, inflate(rs.getBytes(17)))));
        }

        private void endStep() {
            if (step >= 0) steps.add(new StepEvidence(lower, upper, width, height, descriptors, variants));
            variants.clear();
            step = -1;
        }

        void finish() {
            if (setId == null) return;
            endStep();
            each.accept(setId, List.copyOf(steps));
            steps.clear();
            setId = null;
        }
    }

    /** Bytes of the evidence blobs the project's sets point to (what the evidence costs in the store, before
     * SQLite's own row and page overhead). */
    public long payloadBytes(String projectId, String version) {
        return store.query(c -> ProjectRepository.count(c, """
                SELECT COALESCE(SUM(LENGTH(st.descriptors)), 0) FROM evidence_steps st
                JOIN set_evidence e ON e.signature = st.signature AND e.version = st.version
                JOIN sets s ON s.id = e.set_id WHERE s.project_id = ? AND e.version = ?""", projectId, version)
                + ProjectRepository.count(c, """
                SELECT COALESCE(SUM(LENGTH(v.summaries) + LENGTH(v.tiles)), 0) FROM evidence_variants v
                JOIN set_evidence e ON e.signature = v.signature AND e.version = v.version
                JOIN sets s ON s.id = e.set_id WHERE s.project_id = ? AND e.version = ?""", projectId, version));
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static byte[] inflate(byte[] packed) {
        Inflater in = new Inflater();
        try {
            in.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buf = new byte[8192];
            while (!in.finished()) {
                int n = in.inflate(buf);
                if (n == 0 && (in.needsInput() || in.needsDictionary())) throw new StoreException("truncated step evidence blob");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StoreException("corrupt step evidence blob: " + e.getMessage(), e);
        } finally {
            in.end();
        }
    }

}
