package dev.winnow.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.4: every command's `--help` renders without a picocli warning. A '%' in a description or example is a
 * format specifier to picocli ("~30% of" read as '% o'), and the help then comes out raw, with a warning on stderr.
 */
class HelpTextTest {
    @Test
    void everyCommandsHelpRendersWithoutAPicocliWarning() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), HelpRender.class.getName())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8), stderr = new String(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        Map<String, String> helps = split(stdout);
        assertThat(helps).as("every command was rendered").containsKeys("winnow", "winnow predict", "winnow review",
                "winnow project add", "winnow bench embed", "winnow cache prune");
        assertThat(stderr).as("picocli warnings while rendering every command's help").isEmpty();
        List<String> raw = new ArrayList<>();
        helps.forEach((name, text) -> {
            if (text.contains("%n") || text.contains("%%")) raw.add(name);
        });
        assertThat(raw).as("help texts left unformatted").isEmpty();
        assertThat(helps.get("winnow predict")).contains("~30% of its top stages");
    }

    private static Map<String, String> split(String all) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) out.put(name, text.toString());
                name = line.substring(4).trim();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, text.toString());
        return out;
    }
}
