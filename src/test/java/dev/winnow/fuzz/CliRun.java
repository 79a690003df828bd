package dev.winnow.fuzz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.WinnowCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One `winnow --json ...` run in this JVM, and the contract every run keeps whatever its input: exit 0, 1 or 2,
 * exactly one JSON object on stdout, and no stack trace anywhere.
 */
record CliRun(int exit, String out, String err, JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern STACK = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

    static CliRun json(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--json"));
        all.addAll(List.of(args));
        int exit = WinnowCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
        String o = out.toString(StandardCharsets.UTF_8), e = err.toString(StandardCharsets.UTF_8);
        JsonNode node = null;
        try (var parser = JSON.createParser(o)) {
            node = JSON.readTree(parser);
            if (parser.nextToken() != null) node = null; // something after the object
        } catch (Exception notOneObject) {
            node = null;
        }
        return new CliRun(exit, o, e, node);
    }

    /** The contract; {@code what} names the case (seed, kind) for the message. */
    CliRun assertContract(String what) {
        assertThat(exit).as(what + ": exit code; stderr: " + tail(err)).isBetween(0, 2);
        assertThat(json).as(what + ": stdout must be exactly one JSON object, was: " + tail(out)).isNotNull();
        assertThat(json.isObject()).as(what + ": stdout is a JSON object").isTrue();
        assertThat(STACK.matcher(out).find()).as(what + ": a stack trace on stdout: " + tail(out)).isFalse();
        assertThat(STACK.matcher(err).find()).as(what + ": a stack trace on stderr: " + tail(err)).isFalse();
        return this;
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : "..." + s.substring(s.length() - 2000);
    }
}
