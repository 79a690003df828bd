package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliContractTest {
    @TempDir
    Path tmp;

    CliRunner.Run run(String... args) {
        return new CliRunner(tmp.resolve("home")).run(args);
    }

    @Test
    void jsonModePrintsExactlyOneObjectAndExitCodesFollowTheContract() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        TestImages.png(root.resolve("20250101_000001_stage1_generated.png"), 8, 12);
        TestImages.png(root.resolve("20250101_000010_stage2_upscaled.png"), 16, 24);
        assertThat(run("--json", "project", "add", "p", root.toString()).exit()).isZero();

        CliRunner.Run ok = run("--json", "scan", "p");
        assertThat(ok.exit()).isZero();
        JsonNode scan = ok.json();
        assertThat(scan.isObject()).isTrue();
        assertThat(scan.path("scans").get(0).path("sets").asInt()).isEqualTo(1);
        assertThat(ok.err()).contains("1 stage sets");

        Files.write(root.resolve("20250101_000020_stage1_generated.png"), new byte[0]);
        CliRunner.Run problems = run("--json", "scan", "p");
        assertThat(problems.exit()).isEqualTo(1);
        assertThat(problems.json().path("scans").get(0).path("problemsByReason").path("zero-byte").asInt()).isEqualTo(1);

        CliRunner.Run sets = run("--json", "sets", "p");
        assertThat(sets.json().path("sets").get(0).path("members")).hasSize(2);

        CliRunner.Run unknown = run("--json", "scan", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.json().path("error").asText()).contains("unknown project");

        assertThat(run("scan", "--no-such-flag").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        List<String> missing = new ArrayList<>();
        visit(WinnowCommand.commandLine(), missing);
        assertThat(missing).as("commands whose --help has no example").isEmpty();
    }

    private static void visit(CommandLine cl, List<String> missing) {
        String name = cl.getCommandName();
        if (!name.equals("help")) {
            String usage = cl.getUsageMessage();
            if (!usage.contains("Example")) missing.add(cl.getCommandSpec().qualifiedName());
        }
        for (CommandLine sub : cl.getSubcommands().values()) visit(sub, missing);
    }
}
