package dev.winnow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The embedders table: one row per embedder id, written with its first vector. */
public final class EmbedderRepository {
    private final Store store;

    public EmbedderRepository(Store store) {
        this.store = store;
    }

    /**
     * Records an embedder, or checks that an already known one still produces vectors of the same dimension.
     *
     * @throws IllegalStateException when the id is known with another dimension (its stored vectors would be mixed)
     */
    public void register(String id, int dim, String specJson) {
        store.inTransaction(c -> {
            Optional<EmbedderRow> known = find(c, id);
            if (known.isPresent()) {
                if (known.get().dim() != dim) {
                    throw new IllegalStateException("embedder " + id + " has stored vectors of dimension "
                            + known.get().dim() + " but now produces " + dim + ": refusing to mix them");
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO embedders (id, dim, spec_json, created_at) VALUES (?, ?, ?, ?)")) {
                Sql.bind(ps, id, dim, specJson, Sql.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<EmbedderRow> find(String id) {
        return store.query(c -> find(c, id));
    }

    public List<EmbedderRow> all() {
        return store.query(c -> {
            List<EmbedderRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM embedders ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        });
    }

    private static Optional<EmbedderRow> find(java.sql.Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM embedders WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static EmbedderRow row(ResultSet rs) throws SQLException {
        return new EmbedderRow(rs.getString("id"), rs.getInt("dim"), rs.getString("spec_json"), rs.getString("created_at"));
    }
}
