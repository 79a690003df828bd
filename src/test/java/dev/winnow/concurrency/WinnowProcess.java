package dev.winnow.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.WinnowCommand;
import dev.winnow.testing.TestImages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One `winnow ...` run in a JVM of its own (the way a user starts two commands at once), its output in a file. */
final class WinnowProcess {
    final String name;
    final Process process;
    final Path log;

    private WinnowProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static WinnowProcess start(Path dir, String name, Path home, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), WinnowCommand.class.getName(),
                "--home", home.toString()));
        cmd.addAll(List.of(args));
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new WinnowProcess(name, p, log);
    }

    /**
     * A project {@code id} of {@code sets} generations of three stages (256 px stage 1, 2x, 3x) named like the
     * user's, added to {@code home} and scanned.
     */
    static Path scannedProject(Path dir, Path home, String id, int sets) throws Exception {
        Path root = dir.resolve("project-" + id);
        for (int k = 0; k < sets; k++) {
            String t = String.format("20250708_%02d%02d", 6 + k / 60, k % 60);
            TestImages.png(root.resolve(t + "00_stage1_generated.png"), 256, 374);
            TestImages.png(root.resolve(t + "10_stage2_upscaled.png"), 512, 748);
            TestImages.png(root.resolve(t + "20_stage3_enhanced.png"), 768, 1122);
        }
        if (start(dir, "add-" + id, home, "project", "add", id, root.toString()).waitFor(60) != 0
                || start(dir, "scan-" + id, home, "scan", id).waitFor(60) != 0) {
            throw new AssertionError("could not add and scan " + root);
        }
        return root;
    }

    /** The first JSON object the process printed (a --json run prints it pretty, closing with "}" alone on a line). */
    JsonNode firstObject(int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            String out = output();
            int start = out.indexOf('{'), end = out.indexOf("\n}");
            if (start >= 0 && end > start) return new ObjectMapper().readTree(out.substring(start, end + 2));
            if (!running()) throw new AssertionError(name + " ended without a JSON object: " + out);
            Thread.sleep(100);
        }
        throw new AssertionError(name + " printed no JSON in " + seconds + " s: " + output());
    }

    /** Waits until the output holds {@code text}. */
    void awaitOutput(String text, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!output().contains(text)) {
            if (System.nanoTime() > until) throw new AssertionError(name + " never printed '" + text + "': " + output());
            if (!running() && !output().contains(text)) throw new AssertionError(name + " ended without '" + text + "': " + output());
            Thread.sleep(50);
        }
    }

    boolean running() {
        return process.isAlive();
    }

    int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
