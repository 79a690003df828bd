package dev.winnow.history;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/real-logs (or $WINNOW_SHARED / -Dwinnow.shared) and skips the test clearly when it is absent. */
final class RealLogs {
    private RealLogs() {
    }

    static Path dir() {
        Path rel = Path.of("..", "shared", "real-logs");
        if (Files.isDirectory(rel)) return rel;
        for (String base : new String[] {System.getProperty("winnow.shared"), System.getenv("WINNOW_SHARED")}) {
            if (base != null && Files.isDirectory(Path.of(base, "real-logs"))) return Path.of(base, "real-logs");
        }
        Assumptions.assumeTrue(false, "../shared/real-logs not found (set WINNOW_SHARED): real-log tests skipped");
        return null;
    }
}
