package dev.winnow.store;

import java.sql.PreparedStatement;

/** Single-statement writes in their own transaction (or the caller's), for the reviewer's repositories. */
final class Updates {
    private Updates() {
    }

    static int run(Store store, String sql, Object... args) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }
}
