package dev.winnow.cli;

import dev.winnow.common.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Shared by commands that report many problems: how many to list in full, and a CSV file for all of them. */
final class ProblemListOptions {
    @Option(names = "--report", paramLabel = "FILE", description = "Write every problem (where, reason, detail) to this CSV.")
    Path reportFile;
    @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "Problems listed in full (default ${DEFAULT-VALUE}).")
    int show;

    /** Lists the first problems, says how to get the rest, and writes the CSV when asked. */
    void render(Output o, String label, Collection<Problem> problems) throws IOException {
        problems.stream().limit(show).forEach(p -> o.say("    " + label + p));
        if (problems.size() > show) o.say("    ... " + (problems.size() - show) + " more (--json or --report FILE lists all)");
        if (reportFile == null) return;
        try (Writer w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("where", "reason", "detail").get())) {
            for (Problem pr : problems) p.printRecord(pr.path(), pr.reason(), pr.detail());
        }
        o.say("all " + problems.size() + " written to " + reportFile);
    }
}
