package dev.winnow.cli;

import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedCommandsTest {
    @TempDir
    Path tmp;

    CliRunner.Run run(String... args) {
        return new CliRunner(tmp.resolve("home")).run(args);
    }

    @Test
    void embedThenCacheStatsThenArchiveCheckSpeakJsonAndFollowExitCodes() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        TestImages.png(root.resolve("20250101_000001_stage1_generated.png"), 40, 60);
        TestImages.png(root.resolve("20250101_000010_stage2_upscaled.png"), 80, 120);
        run("project", "add", "p", root.toString());
        run("scan", "p");
        assertThat(run("--json", "archive-check", "p").exit()).isEqualTo(1);

        CliRunner.Run first = run("--json", "embed", "p", "--threads", "2");
        assertThat(first.exit()).isZero();
        assertThat(first.json().path("decoded").asInt()).isEqualTo(2);
        assertThat(first.json().path("changeMapsComputed").asInt()).isEqualTo(1);
        CliRunner.Run second = run("--json", "embed", "p");
        assertThat(second.json().path("decoded").asInt()).isZero();
        assertThat(second.json().path("cached").asInt()).isEqualTo(2);

        CliRunner.Run stats = run("--json", "cache", "stats");
        assertThat(stats.exit()).isZero();
        assertThat(stats.json().path("thumbFiles").asInt()).isEqualTo(2);
        assertThat(stats.json().path("embedders").get(0).path("embedderId").asText()).isEqualTo("pixels/v2");
        assertThat(run("--json", "cache", "prune").json().path("applied").asBoolean()).isFalse();

        CliRunner.Run archive = run("--json", "archive-check", "p");
        assertThat(archive.exit()).isZero();
        assertThat(archive.json().path("safe").asBoolean()).isTrue();
    }

    @Test
    void anUnknownEmbedderIsAUsageError() {
        Path root = tmp.resolve("q");
        CliRunner.Run r = run("--json", "embed", "nope", "--embedder", "clip");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown embedder 'clip'");
        assertThat(root).doesNotExist();
    }

    @Test
    void everyNewCommandHasHelpWithAnExample() {
        for (String[] cmd : List.of(new String[] {"embed"}, new String[] {"cache", "stats"}, new String[] {"cache", "prune"},
                new String[] {"archive-check"}, new String[] {"bench", "embed"})) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            CliRunner.Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Example");
        }
    }
}
