package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void importReportsRejectedRowsExitsOneAndIsIdempotent() throws Exception {
        CliRunner cli = new CliRunner(tmp.resolve("home"));
        Path log = TestImages.text(tmp.resolve("anomaly_cases.csv"),
                "session_id,set_id,project,chosen_stage,max_rejected_stage,chosen_path,rejected_paths,timestamp\n"
                        + "s,g1,p1,1,2,p1/20250101_000000_stage1_generated.png,['p1/20250101_000010_stage2_upscaled.png'],2025-10-05T03:25:40Z\n"
                        + "s,g2,p1,7,2,p1/20250101_000100_stage1_generated.png,['p1/20250101_000110_stage2_upscaled.png'],2025-10-05T03:25:40Z\n");
        Path report = tmp.resolve("rejected.csv");
        CliRunner.Run first = cli.run("--json", "import", log.toString(), "--report", report.toString());
        assertThat(first.exit()).isEqualTo(1);
        JsonNode json = first.json();
        assertThat(json.path("imported").asInt()).isEqualTo(1);
        assertThat(json.path("rejectedByReason").path("unknown-stage").asInt()).isEqualTo(1);
        assertThat(json.path("rejected").get(0).path("path").asText()).isEqualTo("anomaly_cases.csv:3");
        assertThat(Files.readString(report)).contains("anomaly_cases.csv:3,unknown-stage");

        CliRunner.Run again = cli.run("import", log.toString());
        assertThat(again.out()).contains("0 imported, 1 already present");

        CliRunner.Run noFile = cli.run("--json", "import", tmp.resolve("missing.csv").toString(), log.toString());
        assertThat(noFile.exit()).as("a missing file is refused on its own; the others still import").isEqualTo(1);
        assertThat(noFile.json().path("files").get(0).path("refused").asText()).contains("no such file");
        assertThat(noFile.json().path("files").get(1).path("alreadyPresent").asInt()).isEqualTo(1);
    }

    @Test
    void historyStoresDecisionsAndExportWritesThem() throws Exception {
        Path original = Files.createDirectories(tmp.resolve("original"));
        Path fin = Files.createDirectories(tmp.resolve("final"));
        TestImages.png(original.resolve("20250101_000000_stage1_generated.png"), 120, 176);
        Path kept = TestImages.png(original.resolve("20250101_000010_stage2_upscaled.png"), 240, 352);
        Files.copy(kept, fin.resolve(kept.getFileName()));
        TestImages.png(original.resolve("20250101_000100_stage1_generated.png"), 120, 176);
        TestImages.png(original.resolve("20250101_000110_stage2_upscaled.png"), 240, 352);
        CliRunner cli = new CliRunner(tmp.resolve("home"));

        CliRunner.Run run = cli.run("--json", "history", "demo1", "--original", original.toString(), "--final", fin.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode h = run.json();
        assertThat(h.path("sets").asInt()).isEqualTo(2);
        assertThat(h.path("winners").asInt()).isEqualTo(1);
        assertThat(h.path("allRejected").asInt()).isEqualTo(1);
        assertThat(h.path("cropStates").path("uncropped").asInt()).isEqualTo(1);
        assertThat(h.path("problemsByReason").isObject()).isTrue();
        assertThat(h.path("decisions")).hasSize(2);

        CliRunner.Run export = cli.run("export", "demo1", "--format", "selection");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).startsWith("session_id,set_id,chosen_path,neg_paths,timestamp")
                .contains("20250101_000010_stage2_upscaled.png,\"[\"\"20250101_000000_stage1_generated.png\"\"]\"");
        assertThat(export.err()).contains("exported 1 selection rows");

        assertThat(cli.run("history", "demo1", "--original", tmp.resolve("nope").toString(), "--final", fin.toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void benchHistoryReportsSecondsPerPairAndAccuracy() throws Exception {
        CliRunner.Run run = new CliRunner(tmp.resolve("home")).run("--json", "bench", "history", "--pairs", "2", "--size", "256");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.path("pairs").asInt()).isEqualTo(2);
        assertThat(j.path("secondsPerPair").asDouble()).isPositive();
        assertThat(j.has("accuracy")).isTrue();
        assertThat(run.err()).contains("s/pair").contains("accuracy").contains("baseline");
    }
}
