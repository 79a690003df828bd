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

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded SQLite store at {@code <home>/winnow.db}. One connection, WAL mode, schema migrated forward on
 * open. Repositories in this package are the only code that writes SQL.
 *
 * <p>Several commands may use one home at once (the reviewer serving while embed or import write). Every
 * transaction therefore begins IMMEDIATE: it takes the write lock first, waiting up to {@link #BUSY_TIMEOUT_MS}
 * for it. A deferred transaction begins as a reader, and when it then writes after another process has written
 * since it began, SQLite fails it at once with "database is locked" — no waiting helps it.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "winnow.db";
    /**
     * How long a write waits for another process's transaction. Winnow's transactions are short (an embedded set,
     * a log file's rows, a review choice), so one that waits this long means something is stuck.
     */
    static final int BUSY_TIMEOUT_MS = 60_000;

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
            SQLiteConfig config = new SQLiteConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = c.createStatement()) {
                // The wait first: even switching to WAL waits for a lock when another process is writing.
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
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
            throw new StoreException("store operation failed: " + busy(e), e);
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
            throw new StoreException("store query failed: " + busy(e), e);
        }
    }

    /** The message, with what to do when it is SQLite's "busy" after the whole wait. */
    private static String busy(SQLException e) {
        boolean busy = e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || s.getResultCode().code == SQLiteErrorCode.SQLITE_BUSY.code);
        return !busy ? e.getMessage() : e.getMessage() + " (another winnow command has been writing to this home for over "
                + BUSY_TIMEOUT_MS / 1000 + " s; run this again when it has finished)";
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
