package dev.winnow.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's real decision logs (shared/real-logs): ../shared/real-logs beside the checkout, else the shared folder
 * named by -Dwinnow.shared or $WINNOW_SHARED. A test that needs them is skipped, saying where it looked, when none
 * of these holds them (a clone without shared/).
 */
public final class RealLogs {
    private RealLogs() {
    }

    public static Path dir() {
        List<Path> tried = new ArrayList<>();
        for (String base : new String[] {Path.of("..", "shared").toString(), System.getProperty("winnow.shared"),
                System.getenv("WINNOW_SHARED")}) {
            if (base == null || base.isBlank()) continue;
            Path p = Path.of(base);
            if (!p.endsWith("real-logs")) p = p.resolve("real-logs");
            if (Files.isRegularFile(p.resolve("select_crop_log.csv"))) return p;
            tried.add(p);
        }
        Assumptions.assumeTrue(false, "shared/real-logs not found (tried " + tried
                + "); set WINNOW_SHARED to the shared folder to run the real-log tests");
        return null;
    }
}
