package dev.winnow.learn.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A new folder per report under {@code <home>/reports/}, named by kind and UTC time, never reused. */
public final class ReportFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ReportFolder() {
    }

    public static Path create(Path home, String kind) {
        Path root = home.resolve("reports");
        String base = kind + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        try {
            Files.createDirectories(root);
            for (int i = 1; ; i++) {
                Path dir = root.resolve(i == 1 ? base : base + "-" + i);
                try {
                    return Files.createDirectory(dir);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // Two reports in the same second: take the next suffix.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a report folder under " + root, e);
        }
    }
}
