package dev.winnow.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.3: under --json, stdout holds exactly one JSON object however a run ends — a result, a usage error, a
 * help request, an expected failure, or one nobody expected (a bug, an Error) — and the exit codes stay 0, 1, 2.
 */
class JsonContractTest {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @TempDir
    Path tmp;

    /** Test-only commands that fail the ways a real one might. */
    @Command(name = "npe")
    static final class ThrowsABug extends WinnowSubcommand {
        @Override
        int run(CommandContext ctx) {
            ctx.out().say("about to fail");
            throw new NullPointerException("a bug");
        }
    }

    @Command(name = "nolib")
    static final class ThrowsAnError extends WinnowSubcommand {
        @Override
        int run(CommandContext ctx) {
            throw new UnsatisfiedLinkError("no xgboost4j in java.library.path");
        }
    }

    @Command(name = "silent")
    static final class WritesNoResult extends WinnowSubcommand {
        @Override
        int run(CommandContext ctx) {
            ctx.out().say("did something");
            return PROBLEMS;
        }
    }

    private record Run(int exit, String out, String err, JsonNode json) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        CommandLine cl = WinnowCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cl.addSubcommand(new ThrowsABug()).addSubcommand(new ThrowsAnError()).addSubcommand(new WritesNoResult());
        List<String> all = new ArrayList<>(List.of("--home", tmp.resolve("home").toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        String o = out.toString(StandardCharsets.UTF_8);
        JsonNode json = null;
        try (JsonParser p = STRICT.createParser(o)) {
            json = STRICT.readTree(p);
            if (p.nextToken() != null) json = null;
        } catch (Exception notJson) {
            json = null;
        }
        return new Run(exit, o, err.toString(StandardCharsets.UTF_8), json);
    }

    private Run oneObject(int exit, String... args) {
        Run r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(exit);
        assertThat(r.json()).as(String.join(" ", args) + ": stdout must be one JSON object, was: " + r.out()).isNotNull();
        assertThat(r.json().isObject()).isTrue();
        assertThat(r.out() + r.err()).as("no stack trace on the console").doesNotContain("\tat ").doesNotContain("Exception in thread");
        return r;
    }

    @Test
    void anUnexpectedExceptionOrErrorIsOneErrorObjectWithItsTraceInAFile() throws Exception {
        Run bug = oneObject(2, "--json", "npe");
        assertThat(bug.json().path("error").asText()).contains("unexpected error in `winnow npe`")
                .contains("NullPointerException: a bug");
        assertThat(bug.err()).contains("about to fail").contains("winnow: unexpected error");
        Path trace = Path.of(bug.json().path("details").asText());
        assertThat(trace).startsWith(tmp.resolve("home").resolve("logs"));
        assertThat(Files.readString(trace)).contains("java.lang.NullPointerException: a bug").contains("\tat ");

        Run noLib = oneObject(2, "--json", "nolib");
        assertThat(noLib.json().path("error").asText()).contains("UnsatisfiedLinkError").contains("native library");

        Run plain = run("npe");
        assertThat(plain.exit()).isEqualTo(2);
        assertThat(plain.out()).doesNotContain("{");
        assertThat(plain.err()).contains("winnow: unexpected error").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsHelpAndVersionAreOneObjectToo() {
        assertThat(oneObject(2, "--json", "scan").json().path("error").asText()).contains("Missing required");
        assertThat(oneObject(2, "--json", "scan", "--no-such-flag", "x").json().path("error").asText()).contains("--no-such-flag");
        assertThat(oneObject(2, "--json", "--no-such-flag").json().path("error").asText()).contains("--no-such-flag");
        assertThat(oneObject(2, "--json", "project").json().path("usage").asText()).contains("winnow project");
        assertThat(oneObject(0, "--json", "predict", "--help").json().path("help").asText()).contains("Usage: winnow predict");
        assertThat(oneObject(0, "--json", "help", "predict").json().path("help").asText()).contains("Usage: winnow predict");
        assertThat(oneObject(0, "--json").json().path("help").asText()).contains("Usage: winnow");
        assertThat(oneObject(0, "--json", "--version").json().path("version").asText()).contains("winnow");

        Run help = run("predict", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: winnow predict");
    }

    @Test
    void expectedFailuresAndCommandsThatForgetTheirResultStillWriteOneObject() throws Exception {
        assertThat(oneObject(2, "--json", "scan", "nope").json().path("error").asText()).contains("unknown project");
        Files.createDirectories(tmp.resolve("home"));
        Files.write(tmp.resolve("home").resolve("winnow.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        assertThat(oneObject(2, "--json", "projects").json().path("error").asText()).contains("Cannot open the store");
        Run silent = oneObject(1, "--json", "silent");
        assertThat(silent.json().path("exit").asInt()).isEqualTo(1);
        assertThat(silent.err()).contains("did something");
    }
}
