package dev.winnow.cli;

import dev.winnow.common.Problem;
import dev.winnow.history.HistoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `winnow history ID --original SRC --final FIN`: decisions recovered from what was kept and delivered. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Recover decisions from an original folder/zip (every stage) and a final folder/zip (what you delivered):",
                "which member of each stage set was kept (by name, else by content; the winner is decided on pixels),",
                "the crop rectangle in the winner's coordinates, and sets rejected as a whole. Both are read in place.",
                "Unsure crops are stored as needs_review, never guessed. Log decisions about the same sets are merged.",
                "A decision's time is its final file's modification time (a zip entry's recorded time); a set rejected",
                "as a whole has none. A final with no image, or the original itself, is refused and nothing is stored.",
                "Zip entry names that are not UTF-8 are read as CP437 (the zip standard); nested archives are not opened."},
        footer = {"", "Examples:", "  winnow history mojo1 --original ~/Pictures/mojo1 --final ~/Delivered/mojo1_final",
                "  winnow history mojo1 --original ~/Pictures/mojo1 --final ~/exports/mojo1_final.zip",
                "  winnow --json history mojo1 --original SRC --final FIN | jq '.problemsByReason'",
                "Exit code 1 means the run finished but reported problems or conflicts (all listed with --json)."})
final class HistoryCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id (need not be registered yet: decisions wait until it is scanned).")
    String id;
    @Option(names = "--original", required = true, paramLabel = "SRC", description = "Folder or .zip with the original stage images.")
    Path original;
    @Option(names = "--final", required = true, paramLabel = "FIN", description = "Folder or .zip with the delivered finals.")
    Path fin;
    @Mixin
    ProblemListOptions problemList;

    @Override
    int run(CommandContext ctx) throws Exception {
        problemList.checkTarget(ctx, List.of(original, fin));
        HistoryReport r = ctx.winnow().history().recover(id, original, fin, ctx.progress());
        Output o = ctx.out();
        o.say(String.format("history %s (run %d): %,d originals in %,d stage sets (+%,d singles), %,d finals", r.projectId(),
                r.runId(), r.originalImages(), r.sets(), r.singles(), r.finals()));
        o.say(String.format("  %,d winners (paired by %s), %,d sets rejected as a whole, %,d winner calls ambiguous",
                r.winners(), r.matchedBy(), r.allRejected(), r.ambiguousWinners()));
        o.say("  crops: " + r.cropStates());
        o.say(String.format("  decisions: %,d new, %,d updated, %,d unchanged", r.stored(), r.updated(), r.unchanged()));
        if (!r.problems().isEmpty()) o.say("  " + r.problems().size() + " problems: " + r.problemsByReason());
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(r.merge().conflicts());
        problemList.list(o, "", all);
        HistoryText.merge(o, r.merge(), 0);
        o.say(HistoryText.binding(r.binding()));
        o.say(String.format("  %.1f s", r.seconds()));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = o.mapper().convertValue(r, Map.class);
        json.put("problemsByReason", r.problemsByReason());
        o.result(json);
        problemList.writeReport(o, all);
        return r.hasProblems() ? PROBLEMS : OK;
    }
}
