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
                "Every row is validated; rejected rows are reported with line and reason, the rest import.",
                "Importing the same rows again adds nothing. Decisions wait (pending) until their project is scanned.",
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
    int run(CommandContext ctx) throws Exception {
        ImportReport r = ctx.winnow().history().importLogs(logs, project);
        Output o = ctx.out();
        for (LogFileReport f : r.files()) {
            if (f.refused() != null) {
                o.say(f.file() + ": refused: " + f.refused());
                continue;
            }
            o.say(String.format("%s (%s): %,d rows, %,d imported, %,d already present, %,d rejected %s%s", f.file(), f.format(),
                    f.rows(), f.imported(), f.alreadyPresent(), f.rejected().size(),
                    f.rejected().isEmpty() ? "" : f.rejectedByReason().toString(),
                    f.reversed() == 0 ? "" : String.format(", %,d taken back by the reviewer's undo log", f.reversed())));
        }
        List<Problem> rejected = r.rejected();
        problemList.render(o, "rejected ", rejected);
        for (BindReport b : r.bindings()) o.say(HistoryText.binding(b));
        for (MergeReport m : r.merges()) HistoryText.merge(o, m, problemList.show);
        o.say(String.format("imported %,d decisions (%,d already present), rejected %,d rows in %d files, refused %d files",
                r.imported(), r.alreadyPresent(), rejected.size(), r.files().size(), r.refusedFiles()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", r.files());
        json.put("imported", r.imported());
        json.put("alreadyPresent", r.alreadyPresent());
        json.put("rejectedByReason", r.rejectedByReason());
        json.put("rejected", rejected);
        json.put("bindings", r.bindings());
        json.put("merges", r.merges());
        o.result(json);
        return r.hasProblems() ? PROBLEMS : OK;
    }
}
