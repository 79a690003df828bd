package dev.winnow.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Finds shared/real-logs: ../shared/real-logs, then -Dwinnow.shared or $WINNOW_SHARED; skips the test when absent. */
final class RealLogs {
    private RealLogs() {
    }

    static Path folder() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("..", "shared", "real-logs")));
        String prop = System.getProperty("winnow.shared");
        if (prop != null) candidates.add(Path.of(prop, "real-logs"));
        String env = System.getenv("WINNOW_SHARED");
        if (env != null) candidates.add(Path.of(env, "real-logs"));
        Path found = candidates.stream().filter(p -> Files.isRegularFile(p.resolve("select_crop_log.csv"))).findFirst().orElse(null);
        Assumptions.assumeTrue(found != null, "shared/real-logs not found (tried " + candidates
                + "); set WINNOW_SHARED to the shared folder to run this test");
        return found;
    }
}
