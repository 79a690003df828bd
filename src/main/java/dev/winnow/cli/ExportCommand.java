package dev.winnow.cli;

import dev.winnow.history.ExportReport;
import dev.winnow.history.HistoryImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow export ID --format crop|selection [--out FILE]`: decisions back in the current log formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a project's decisions in a current log format: 'crop' (timestamp,project_id,filename,",
                "crop_x1..crop_y2 normalized,width,height) or 'selection' (session_id,set_id,chosen_path,neg_paths,timestamp)."},
        footer = {"", "Examples:", "  winnow export mojo1 --format crop --out mojo1_crops.csv",
                "  winnow export mojo1 --format selection > selection_only_log.csv",
                "Re-importing an exported selection log needs --project (its session ids name no project)."})
final class ExportCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;
    @Option(names = "--format", required = true, paramLabel = "crop|selection", description = "Which log format to write.")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (required with --json).")
    Path outFile;

    @Override
    int run(CommandContext ctx) throws Exception {
        HistoryImporter history = ctx.winnow().history();
        ExportReport r;
        if (outFile != null) {
            ctx.winnow().catalog().checkOutput(outFile, "--out", List.of());
            try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                r = history.export(id, format, w);
            }
        } else {
            if (ctx.json()) throw new IllegalArgumentException("with --json, give --out FILE (stdout carries the JSON result)");
            PrintWriter w = spec.commandLine().getOut();
            r = history.export(id, format, w);
            w.flush();
        }
        ctx.out().note(String.format("exported %,d %s rows for %s%s%s", r.written(), r.format(), r.projectId(),
                outFile == null ? "" : " to " + outFile, r.skipped().isEmpty() ? "" : "; left out: " + r.skipped()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", r.projectId());
        json.put("format", r.format());
        json.put("written", r.written());
        json.put("skipped", r.skipped());
        json.put("out", outFile == null ? null : outFile.toString());
        ctx.out().result(json);
        return OK;
    }
}
