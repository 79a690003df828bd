package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedCommandsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--home", tmp.resolve("home").toString()));
        all.addAll(List.of(args));
        int code = WinnowCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void embedThenCacheStatsThenArchiveCheckSpeakJsonAndFollowExitCodes() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        TestImages.png(root.resolve("20250101_000001_stage1_generated.png"), 40, 60);
        TestImages.png(root.resolve("20250101_000010_stage2_upscaled.png"), 80, 120);
        run("project", "add", "p", root.toString());
        run("scan", "p");
        assertThat(run("--json", "archive-check", "p").exit()).isEqualTo(1);

        Run first = run("--json", "embed", "p", "--threads", "2");
        assertThat(first.exit()).isZero();
        assertThat(first.json().path("decoded").asInt()).isEqualTo(2);
        assertThat(first.json().path("changeMapsComputed").asInt()).isEqualTo(1);
        Run second = run("--json", "embed", "p");
        assertThat(second.json().path("decoded").asInt()).isZero();
        assertThat(second.json().path("cached").asInt()).isEqualTo(2);

        Run stats = run("--json", "cache", "stats");
        assertThat(stats.exit()).isZero();
        assertThat(stats.json().path("thumbFiles").asInt()).isEqualTo(2);
        assertThat(stats.json().path("embedders").get(0).path("embedderId").asText()).isEqualTo("pixels/v1");
        assertThat(run("--json", "cache", "prune").json().path("applied").asBoolean()).isFalse();

        Run archive = run("--json", "archive-check", "p");
        assertThat(archive.exit()).isZero();
        assertThat(archive.json().path("safe").asBoolean()).isTrue();
    }

    @Test
    void anUnknownEmbedderIsAUsageError() {
        Path root = tmp.resolve("q");
        Run r = run("--json", "embed", "nope", "--embedder", "clip");
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
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Example");
        }
    }
}
