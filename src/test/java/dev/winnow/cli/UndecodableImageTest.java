package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17.6: an image scan takes for good but embed cannot decode is marked with the reason and shown by `sets`. */
class UndecodableImageTest {
    @TempDir
    Path tmp;

    @Test
    void embedMarksTheImageAndSetsShowsItWithTheReason() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        TestImages.png(root.resolve("20250101_000000_stage1_generated.png"), 40, 60);
        TestImages.png(root.resolve("20250101_000010_stage1.5_face_swapped.png"), 40, 60);
        Path good = TestImages.png(tmp.resolve("good.png"), 80, 120);
        String broken = "20250101_000020_stage2_upscaled.png";
        TestImages.pngWithCorruptData(good, root.resolve(broken));
        CliRunner cli = new CliRunner(tmp.resolve("home"));
        assertThat(cli.run("project", "add", "p", root.toString()).exit()).isZero();
        CliRunner.Run scan = cli.run("--json", "scan", "p");
        assertThat(scan.exit()).as("the header is sound: scan cannot tell").isZero();

        CliRunner.Run embed = cli.run("--json", "embed", "p");
        assertThat(embed.exit()).isEqualTo(1);
        assertThat(embed.json().toString()).contains(broken);

        CliRunner.Run sets = cli.run("--json", "sets", "p");
        assertThat(sets.exit()).isZero();
        JsonNode members = sets.json().path("sets").get(0).path("members");
        assertThat(members).hasSize(3);
        for (JsonNode m : members) {
            if (m.path("path").asText().equals(broken)) {
                assertThat(m.path("decodeFailure").path("reason").asText()).isNotBlank();
                assertThat(m.path("state").asText()).isEqualTo("present");
            } else {
                assertThat(m.path("decodeFailure").isNull()).as(m.toString()).isTrue();
            }
        }
        assertThat(cli.run("sets", "p").out()).contains(broken + " [cannot be decoded: ");
    }
}
