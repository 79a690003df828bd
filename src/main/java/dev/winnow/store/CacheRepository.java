package dev.winnow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whole-cache queries behind `winnow cache stats` and `winnow cache prune`. */
public final class CacheRepository {
    private final Store store;

    public CacheRepository(Store store) {
        this.store = store;
    }

    /** Vectors per embedder: count, dimension and stored bytes. */
    public record EmbedderUsage(String embedderId, long vectors, int dim, long bytes) {
    }

    /** A stored image file the cache points to, with the key that owns it (content hash or set signature). */
    public record CachedImage(String key, String path) {
    }

    public Map<String, Long> counts() {
        return store.query(c -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("content", ProjectRepository.count(c, "SELECT COUNT(*) FROM content"));
            m.put("vectors", ProjectRepository.count(c, "SELECT COUNT(*) FROM embeddings"));
            m.put("changeFeatures", ProjectRepository.count(c, "SELECT COUNT(*) FROM change_features"));
            m.put("changeMaps", ProjectRepository.count(c, "SELECT COUNT(*) FROM change_maps"));
            m.put("setChanges", ProjectRepository.count(c, "SELECT COUNT(*) FROM set_changes"));
            m.put("stepEvidenceSets", ProjectRepository.count(c, "SELECT COUNT(*) FROM evidence_sets"));
            m.put("stepEvidenceSteps", ProjectRepository.count(c, "SELECT COUNT(*) FROM evidence_steps"));
            m.put("decodeFailures", ProjectRepository.count(c, "SELECT COUNT(*) FROM decode_failures"));
            return m;
        });
    }

    public List<EmbedderUsage> embedderUsage() {
        return store.query(c -> {
            List<EmbedderUsage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT embedder, COUNT(*), MAX(dim), SUM(LENGTH(vector)) FROM embeddings GROUP BY embedder ORDER BY embedder""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new EmbedderUsage(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
            }
            return out;
        });
    }

    /** Content hashes some file row (present, missing or problem) still points to. */
    public Set<String> referencedHashes() {
        return strings("SELECT DISTINCT content_hash FROM files WHERE content_hash IS NOT NULL");
    }

    /** Every hash held anywhere in the content cache (content, vectors, decode failures). */
    public Set<String> cachedHashes() {
        return strings("""
                SELECT hash FROM content UNION SELECT content_hash FROM embeddings UNION SELECT hash FROM decode_failures""");
    }

    public List<CachedImage> thumbnails() {
        return images("SELECT hash, thumb_path FROM content WHERE thumb_path IS NOT NULL");
    }

    public List<CachedImage> setChangeHeatmaps() {
        return images("SELECT signature, heatmap_path FROM set_changes WHERE heatmap_path IS NOT NULL");
    }

    public Set<String> setChangeSignatures() {
        return strings("SELECT DISTINCT signature FROM set_changes");
    }

    /** Heatmaps and signatures the sets currently point to. */
    public Set<String> liveHeatmapPaths() {
        return strings("SELECT heatmap_path FROM change_maps WHERE heatmap_path <> ''");
    }

    public Set<String> liveSignatures() {
        return strings("SELECT signature FROM change_maps WHERE signature IS NOT NULL");
    }

    /** Content signatures of stored step evidence, and those some set points to. */
    public Set<String> evidenceSignatures() {
        return strings("SELECT DISTINCT signature FROM evidence_sets");
    }

    public Set<String> liveEvidenceSignatures() {
        return strings("SELECT DISTINCT signature FROM set_evidence");
    }

    /** Drops the step evidence of these signatures (every version; steps and variants go with it). */
    public void deleteEvidence(Collection<String> signatures) {
        deleteEach(signatures, "DELETE FROM evidence_sets WHERE signature = ?");
    }

    public long vectorCount(String embedderId) {
        return store.query(c -> ProjectRepository.count(c, "SELECT COUNT(*) FROM embeddings WHERE embedder = ?", embedderId));
    }

    /** Drops content, vectors and decode failures of these hashes. */
    public void deleteHashes(Collection<String> hashes) {
        deleteEach(hashes, "DELETE FROM content WHERE hash = ?", "DELETE FROM embeddings WHERE content_hash = ?",
                "DELETE FROM decode_failures WHERE hash = ?");
    }

    public void deleteSetChanges(Collection<String> signatures) {
        deleteEach(signatures, "DELETE FROM set_changes WHERE signature = ?");
    }

    public void deleteEmbedder(String embedderId) {
        deleteEach(List.of(embedderId), "DELETE FROM embeddings WHERE embedder = ?", "DELETE FROM embedders WHERE id = ?");
    }

    private void deleteEach(Collection<String> keys, String... statements) {
        if (keys.isEmpty()) return;
        store.inTransaction(c -> {
            for (String sql : statements) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (String k : keys) {
                        ps.setString(1, k);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    private Set<String> strings(String sql) {
        return store.query(c -> strings(c, sql));
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private List<CachedImage> images(String sql) {
        return store.query(c -> {
            List<CachedImage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new CachedImage(rs.getString(1), rs.getString(2)));
            }
            return out;
        });
    }
}
