package dev.winnow.cli;

import dev.winnow.common.Problem;
import dev.winnow.history.BindReport;
import dev.winnow.history.ImportReport;
import dev.winnow.history.LogFileReport;
import dev.winnow.history.MergeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow import LOG... [--project ID]`: old decision logs into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import decision logs (legacy select_crop_log, anomaly_cases, historical/mojo1/live selection logs,",
                "historical/mojo1 crop logs without boxes, the current crop log). The format is read from the header.",
                "Text: UTF-8; a UTF-8/UTF-16/UTF-32 byte-order mark is honoured; a file with no UTF-8 at all is read as",
                "Windows-1252 (Latin-1 if it holds bytes that code page leaves undefined) and says so. A file that is not",
                "text, has no known header or cannot be read is refused with the reason; the other files still import.",
                "Every row is validated; rejected rows are reported with line and reason, the rest import; after a quote",
                "error reading resumes at the next whole row. Per file: rows = imported + already present + rejected",
                "(+ taken back by an undo). Times: ISO-8601 with zone (2025-10-05T03:25:40Z, +00:00), local",
                "(2025-10-05 03:25:40) or 20250727_224840; an empty time is stored as unknown and counted; anything else",
                "rejects the row. A decision is known by its meaning (project, set, chosen, losers, crop, time): importing",
                "it again, from any copy, column order or quoting, adds nothing. Decisions wait (pending) until their",
                "project is scanned.",
                "The reviewer's logs are append-only: rows named in a review_undo_log.csv beside them are skipped (a batch",
                "that was undone), and importing the undo log itself removes the decisions it names."},
        footer = {"", "Examples:", "  winnow import ~/logs/select_crop_log.csv ~/logs/anomaly_cases.csv",
                "  winnow import selection_only_log.csv --project mojo3",
                "  winnow import ~/logs/*.csv --report rejected.csv",
                "  winnow --json import ~/logs/*.csv | jq '.rejectedByReason'",
                "  winnow import ~/.winnow/logs/review_*.csv      # another home's reviewer logs, undone batches left out",
                "The project comes from --project, else from the log's own project/directory/session column.",
                "Exit code 1 means some rows or files were rejected (all listed with --json or --report)."})
final class ImportCommand extends WinnowSubcommand {
    @Parameters(arity = "1..*", paramLabel = "LOG", description = "CSV decision logs.")
    List<Path> logs;
    @Option(names = "--project", paramLabel = "ID", description = "Put every row into this project (overrides the log's columns).")
    String project;
    @Mixin
    ProblemListOptions problemList;

    @Override
    int run(CommandContext ctx) {
        problemList.checkTarget(ctx, logs);
        ImportReport r = ctx.winnow().history().importLogs(logs, project);
        Output o = ctx.out();
        if (r.reidentified() > 0) {
            o.say(String.format("%,d stored log decisions now known by their meaning (%,d repeat another and are kept as they are)",
                    r.reidentified(), r.repeatsKept()));
        }
        for (LogFileReport f : r.files()) {
            if (f.refused() != null) {
                o.say(f.file() + ": refused: " + f.refused());
                continue;
            }
            o.say(String.format("%s (%s, %s): %,d rows, %,d imported, %,d already present, %,d rejected %s%s%s", f.file(),
                    f.format(), f.encoding(), f.rows(), f.imported(), f.alreadyPresent(), f.rejectedRows(),
                    f.rejectedRows() == 0 ? "" : f.rejectedByReason().toString(),
                    f.reversed() == 0 ? "" : String.format(", %,d taken back by the reviewer's undo log", f.reversed()),
                    f.timeUnknown() == 0 ? "" : String.format("; %,d imported without a time", f.timeUnknown())));
            for (String note : f.notes()) o.say("    note: " + note);
        }
        List<Problem> rejected = r.rejected();
        problemList.list(o, "rejected ", rejected);
        for (BindReport b : r.bindings()) o.say(HistoryText.binding(b));
        for (MergeReport m : r.merges()) HistoryText.merge(o, m, problemList.show);
        o.say(String.format("imported %,d decisions (%,d already present), rejected %,d rows in %d files, refused %d files",
                r.imported(), r.alreadyPresent(), r.rejectedRows(), r.files().size(), r.refusedFiles()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", r.files());
        json.put("imported", r.imported());
        json.put("alreadyPresent", r.alreadyPresent());
        json.put("rejectedRows", r.rejectedRows());
        json.put("rejectedByReason", r.rejectedByReason());
        json.put("rejected", rejected);
        json.put("refusedFiles", r.refusedFiles());
        json.put("reidentified", r.reidentified());
        json.put("bindings", r.bindings());
        json.put("merges", r.merges());
        o.result(json);
        problemList.writeReport(o, rejected);
        return r.hasProblems() ? PROBLEMS : OK;
    }
}
