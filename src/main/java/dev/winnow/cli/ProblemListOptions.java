package dev.winnow.cli;

import dev.winnow.common.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Shared by commands that report many problems: how many to list in full, and a CSV file for all of them. */
final class ProblemListOptions {
    @Option(names = "--report", paramLabel = "FILE",
            description = "Write every problem (where, reason, detail) to this CSV (never an input, nor inside a project folder).")
    Path reportFile;
    @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "Problems listed in full (default ${DEFAULT-VALUE}).")
    int show;

    /** Refuses a --report that would touch an input or the user's images, or cannot be written; call before reading. */
    void checkTarget(CommandContext ctx, Collection<Path> inputs) {
        if (reportFile != null) ctx.winnow().catalog().checkOutput(reportFile, "--report", inputs);
    }

    /** Lists the first problems and says how to get the rest. */
    void list(Output o, String label, Collection<Problem> problems) {
        problems.stream().limit(show).forEach(p -> o.say("    " + label + p));
        if (problems.size() > show) o.say("    ... " + (problems.size() - show) + " more (--json or --report FILE lists all)");
    }

    /**
     * Writes the CSV when asked; call last, after the result is printed. The target was checked before anything was
     * stored, so a failure here (a full disk) says plainly that the rest of the run stands.
     */
    void writeReport(Output o, Collection<Problem> problems) {
        if (reportFile == null) return;
        try (Writer w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("where", "reason", "detail").get())) {
            for (Problem pr : problems) p.printRecord(pr.path(), pr.reason(), pr.detail());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + reportFile + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); everything reported above was done and stored", e);
        }
        o.say("all " + problems.size() + " written to " + reportFile);
    }
}
