package dev.winnow.cli;

import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17.9: two winnow processes started at the same moment, on one new home or on two, both finish cleanly.
 * Real JVMs, because the failures live in process start: sqlite-jdbc unpacking its native library, and two processes
 * migrating one new store (before the fix, 4 of 6 same-home pairs failed with "table projects already exists").
 */
class ConcurrentStartTest {
    @TempDir
    Path tmp;

    private static Process start(Path home, Path log) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), WinnowCommand.class.getName(), "--home", home.toString(), "projects")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void twoProcessesStartedTogetherOnOneHomeOrTwoNeverFail() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path shared = tmp.resolve("shared-" + round);
            List<Path> homes = List.of(shared, shared, tmp.resolve("own-a-" + round), tmp.resolve("own-b-" + round));
            List<Process> running = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < homes.size(); i++) {
                Path log = tmp.resolve("log-" + round + "-" + i + ".txt");
                logs.add(log);
                running.add(start(homes.get(i), log));
            }
            for (int i = 0; i < running.size(); i++) {
                int exit = running.get(i).waitFor();
                String out = java.nio.file.Files.readString(logs.get(i), StandardCharsets.UTF_8);
                assertThat(exit).as("round " + round + ", process " + i + ": " + out).isZero();
                assertThat(out).as("round " + round + ", process " + i).doesNotContain("Exception").doesNotContain("\tat ")
                        .contains("no projects yet");
            }
        }
        try (Store s = Store.open(tmp.resolve("probe"))) {
            assertThat(System.getProperty("org.sqlite.tmpdir")).as("the native library goes to a folder of this user's")
                    .contains("winnow-").endsWith("sqlite-native");
        }
    }
}
