package dev.winnow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a command that failed says so: one line "winnow: ..." on stderr and, under --json, one {"error": ...} object
 * on stdout (unless the command already wrote its result), exit code 2. An unexpected failure (a bug, a native
 * library that would not load, memory) also writes its stack trace to {@code <home>/logs/error-<time>.txt} and names
 * that file: a stack trace on the console helps nobody who reads it, and one in a file helps whoever fixes it.
 */
final class Failure {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Output out;
    private final Path home;

    Failure(Output out, Path home) {
        this.out = out;
        this.home = home;
    }

    /** A failure the command expects and explains (bad input, unknown project, unreadable file). */
    int expected(String message) {
        return report(message, null);
    }

    /** Anything else: its class and message, and where its stack trace went. */
    int unexpected(String command, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        Path trace = writeTrace(command, e);
        String message = "unexpected error in `" + command + "`: " + what
                + (e instanceof LinkageError ? " (a native library may be missing; see the README's setup)" : "");
        return report(message, trace);
    }

    private int report(String message, Path trace) {
        out.note("winnow: " + message);
        if (trace != null) out.note("  details: " + trace);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", String.valueOf(message));
        if (trace != null) json.put("details", trace.toString());
        out.result(json);
        return WinnowSubcommand.FATAL;
    }

    private Path writeTrace(String command, Throwable e) {
        try {
            Path dir = Files.createDirectories(home.resolve("logs"));
            Path file = dir.resolve("error-" + LocalDateTime.now().format(STAMP) + ".txt");
            StringWriter text = new StringWriter();
            try (PrintWriter w = new PrintWriter(text)) {
                w.println("winnow " + command);
                e.printStackTrace(w);
            }
            Files.writeString(file, text.toString());
            return file;
        } catch (IOException | RuntimeException cannotWrite) {
            return null;
        }
    }
}
