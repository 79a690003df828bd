package dev.winnow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded SQLite store at {@code <home>/winnow.db}. One connection, WAL mode, schema migrated forward on
 * open. Repositories in this package are the only code that writes SQL.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "winnow.db";

    static {
        NativeLibraryFolder.configure();
    }

    private final Path file;
    private final Connection connection;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Store open(Path home) {
        return open(home, Migrations.fromClasspath());
    }

    static Store open(Path home, Migrations migrations) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Winnow home " + home, e);
        }
        Path file = home.resolve(FILE_NAME);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                // The wait first: a second process opening a new store at the same moment must wait, not fail.
                st.execute("PRAGMA busy_timeout = 10000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            try {
                migrations.apply(c, file);
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            return new Store(file, c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the store at " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Path home() {
        return file.getParent();
    }

    /** The shared connection, for repositories in this package. */
    Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        try {
            return Migrations.userVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version", e);
        }
    }

    /** Runs work in one transaction; nested calls join the outer one. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            if (!connection.getAutoCommit()) return work.run(connection);
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store operation failed: " + e.getMessage(), e);
        }
    }

    /** Runs one writing statement with {@code args} bound, in its own transaction (or the caller's). */
    public void update(String sql, Object... args) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Runs a read or single statement outside an explicit transaction. */
    public synchronized <T> T query(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }
}
