package dev.winnow.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.store.HomeLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13.8: two commands that would write the same thing at once. A second embed of one project, a second reviewer
 * of one project and a second training are refused with a message naming who holds the work; a second scan of one
 * project waits for the first. Real processes on one home.
 */
class LockedCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondEmbedOrReviewerOfOneProjectIsRefusedSayingWhoRunsIt() throws Exception {
        Path home = tmp.resolve("home");
        WinnowProcess.scannedProject(tmp, home, "p", 2);
        WinnowProcess.scannedProject(tmp, home, "other", 2);

        try (HomeLock running = HomeLock.exclusive(home, "embed-p", "winnow embed p")) {
            WinnowProcess second = WinnowProcess.start(tmp, "embed-2", home, "--json", "embed", "p");
            WinnowProcess elsewhere = WinnowProcess.start(tmp, "embed-other", home, "embed", "other", "--threads", "1");
            assertThat(second.waitFor(120)).as(second.output()).isEqualTo(2);
            assertThat(second.firstObject(1).path("error").asText())
                    .contains("another `winnow embed p` is running on this home (pid " + ProcessHandle.current().pid());
            assertThat(elsewhere.waitFor(120)).as("another project's embed runs: " + elsewhere.output()).isZero();
        }
        assertThat(WinnowProcess.start(tmp, "embed-3", home, "embed", "p").waitFor(120))
                .as("once the first has finished, embedding is fine").isZero();

        WinnowProcess reviewer = WinnowProcess.start(tmp, "review-1", home, "--json", "review", "p", "--port", "0");
        try {
            JsonNode started = reviewer.firstObject(90);
            assertThat(started.path("url").asText()).startsWith("http://127.0.0.1:");
            WinnowProcess again = WinnowProcess.start(tmp, "review-2", home, "--json", "review", "p", "--port", "0");
            assertThat(again.waitFor(60)).isEqualTo(2);
            assertThat(again.firstObject(1).path("error").asText()).contains("another `winnow review p` is running")
                    .contains("pid " + reviewer.process.pid());
        } finally {
            reviewer.stop();
        }
    }

    @Test
    void aSecondScanWaitsForTheFirstAndASecondTrainingIsRefused() throws Exception {
        Path home = tmp.resolve("home");
        WinnowProcess.scannedProject(tmp, home, "p", 2);
        WinnowProcess scan;
        try (HomeLock held = HomeLock.exclusive(home, "scan-p", "winnow scan p")) {
            scan = WinnowProcess.start(tmp, "scan-waits", home, "scan", "p");
            scan.awaitOutput("waiting for another `winnow scan p` on this home to finish (pid " + ProcessHandle.current().pid(), 60);
            Thread.sleep(300);
            assertThat(scan.running()).as("the scan waits while the other one runs").isTrue();
        }
        assertThat(scan.waitFor(60)).as(scan.output()).isZero();
        assertThat(scan.output()).contains("2 stage sets");

        try (HomeLock held = HomeLock.exclusive(home, "train", "winnow train")) {
            WinnowProcess train = WinnowProcess.start(tmp, "train", home, "train");
            assertThat(train.waitFor(60)).isEqualTo(2);
            assertThat(train.output()).contains("another `winnow train` is running on this home");
            assertThatThrownBy(() -> HomeLock.exclusive(home, "train", "winnow train"))
                    .as("held within one process too").hasMessageContaining("another `winnow train`");
        }
        try (HomeLock again = HomeLock.exclusive(home, "train", "winnow train")) {
            assertThat(Files.readString(home.resolve("locks/train.lock"))).contains("pid " + ProcessHandle.current().pid());
        }
    }

}
