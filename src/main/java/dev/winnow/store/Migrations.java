package dev.winnow.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the migration scripts on the classpath and applies the ones newer than the store's
 * {@code PRAGMA user_version}. Versions may have gaps (each capability owns a number range).
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final List<Migration> all;

    Migrations(List<Migration> all) {
        this.all = all.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
    }

    static Migrations fromClasspath() {
        return new Migrations(load(Migrations.class.getClassLoader()));
    }

    /** The migrations older than {@code version}: what a store written by an earlier Winnow went through. */
    Migrations before(int version) {
        return new Migrations(all.stream().filter(m -> m.version() < version).toList());
    }

    int latest() {
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /**
     * Applies pending migrations, each in its own transaction; returns how many ran. Each transaction takes the write
     * lock first ({@code BEGIN IMMEDIATE}, waiting up to the busy timeout) and reads the version again under it: two
     * commands started at once on a new home both see version 0, and without the lock the second failed with "table
     * projects already exists".
     */
    int apply(Connection c, Path dbFile) throws SQLException {
        int current = userVersion(c);
        if (current > latest()) {
            throw new StoreException("The store at " + dbFile + " has schema version " + current
                    + " but this Winnow knows only up to " + latest()
                    + ". It was written by a newer Winnow: upgrade Winnow, or use another --home.");
        }
        int applied = 0;
        for (Migration m : all) {
            if (m.version() <= current) continue;
            if (!c.getAutoCommit()) throw new IllegalStateException("migrations run outside any open transaction");
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    if (m.version() > userVersion(c)) {
                        for (String sql : statements(m.sql())) st.execute(sql);
                        st.execute("PRAGMA user_version = " + m.version());
                        applied++;
                    }
                    st.execute("COMMIT");
                } catch (SQLException e) {
                    st.execute("ROLLBACK");
                    throw new StoreException("Migration V" + m.version() + " (" + m.name() + ") failed: " + e.getMessage(), e);
                }
            }
        }
        return applied;
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Splits a script on semicolons that end a line; our scripts hold no triggers or string literals with ';\n'. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) continue;
            cur.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    private static List<Migration> load(ClassLoader cl) {
        try {
            List<Migration> found = new ArrayList<>();
            var urls = cl.getResources(LOCATION);
            while (urls.hasMoreElements()) found.addAll(scan(urls.nextElement()));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list schema migrations", e);
        }
    }

    private static List<Migration> scan(URL url) throws IOException {
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return readDir(fs.getPath(LOCATION));
                }
            }
            return readDir(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IOException("bad migration location " + url, e);
        }
    }

    private static List<Migration> readDir(Path dir) throws IOException {
        List<Migration> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
