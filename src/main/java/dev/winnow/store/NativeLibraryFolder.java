package dev.winnow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where sqlite-jdbc unpacks its native library: a folder of this user's own ({@code winnow-<user>} in the temp
 * folder; on macOS that temp folder is per-user already) instead of the shared temp folder. sqlite-jdbc unpacks a
 * copy at every start and deletes copies it takes for stale; in a folder shared with other users and programs it
 * met files it could not delete or that vanished under it, and printed a stack trace ("Failed to delete old native
 * lib") when two processes started at once. A folder the user set ({@code -Dorg.sqlite.tmpdir}) is kept.
 */
final class NativeLibraryFolder {
    static final String PROPERTY = "org.sqlite.tmpdir";

    private NativeLibraryFolder() {
    }

    /** Sets the folder before the driver loads; leaves the default when the folder cannot be made. */
    static void configure() {
        if (System.getProperty(PROPERTY) != null) return;
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "winnow-" + user, "sqlite-native");
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return;
        }
        if (Files.isDirectory(dir) && Files.isWritable(dir)) System.setProperty(PROPERTY, dir.toString());
    }
}
