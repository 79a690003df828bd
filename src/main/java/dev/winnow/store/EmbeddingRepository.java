package dev.winnow.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Embedding vectors keyed by (content hash, embedder id); stored as little-endian float32. */
public final class EmbeddingRepository {
    private final Store store;

    public EmbeddingRepository(Store store) {
        this.store = store;
    }

    public void save(String contentHash, String embedderId, float[] v) {
        store.update("""
                INSERT INTO embeddings (content_hash, embedder, dim, vector, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(content_hash, embedder) DO UPDATE SET dim = excluded.dim, vector = excluded.vector,
                  created_at = excluded.created_at""",
                contentHash, embedderId, v.length, encode(v), Sql.now());
    }

    public Optional<float[]> find(String contentHash, String embedderId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT vector FROM embeddings WHERE content_hash = ? AND embedder = ?")) {
                Sql.bind(ps, contentHash, embedderId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(decode(rs.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    /** Vectors of a project's present files for one embedder, keyed by file id. */
    public Map<Long, float[]> vectorsForProject(String projectId, String embedderId) {
        return store.query(c -> {
            Map<Long, float[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.id, e.vector FROM files f JOIN embeddings e ON e.content_hash = f.content_hash
                    WHERE f.project_id = ? AND e.embedder = ?""")) {
                Sql.bind(ps, projectId, embedderId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), decode(rs.getBytes(2)));
                }
            }
            return out;
        });
    }

    /** Content hashes that have a vector from this embedder. */
    public java.util.Set<String> hashesFor(String embedderId) {
        return store.query(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM embeddings WHERE embedder = ?")) {
                ps.setString(1, embedderId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public List<String> embedderIds() {
        return store.query(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT embedder FROM embeddings ORDER BY embedder");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    static byte[] encode(float[] v) {
        ByteBuffer bb = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) bb.putFloat(f);
        return bb.array();
    }

    static float[] decode(byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = bb.getFloat();
        return v;
    }
}
