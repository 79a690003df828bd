package dev.winnow.cli;

import dev.winnow.review.Reviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow undo [BATCH]`: put back every file a finalize moved. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Put back every file that finalizing a review batch moved or wrote, from its journal, newest step first.",
        footer = {"", "Examples:", "  winnow undo                # the most recently finalized batch",
                "  winnow undo mojo3-b4       # a given batch (ids are shown when a batch is finalized)",
                "A file that changed since finalize is left where it is and listed (exit code 1); run undo again once resolved.",
                "Cropped files Winnow wrote are removed only if unchanged (same SHA-256). Once every file is back, the batch's",
                "decisions leave the store (the next `winnow train` does not learn them) and the CSV logs get a reversal",
                "record per row in <home>/logs/review_undo_log.csv."})
final class UndoCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "BATCH", arity = "0..1", description = "Batch id (default: the last finalized batch).")
    String batch;

    @Override
    int run(CommandContext ctx) {
        Reviewer.UndoResult r = ctx.winnow().reviewer().undo(batch);
        ctx.out().say(String.format("undo %s (%s): %d steps reversed%s", r.batchId(), r.projectId(), r.reversed(),
                r.complete() ? "; every file is back where it was; " + r.decisionsWithdrawn() + " decisions withdrawn"
                        : "; " + r.problems().size() + " files left alone (decisions kept until undo completes):"));
        r.problems().forEach(p -> ctx.out().say("  " + p));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", r.batchId());
        m.put("project", r.projectId());
        m.put("reversed", r.reversed());
        m.put("complete", r.complete());
        m.put("decisionsWithdrawn", r.decisionsWithdrawn());
        m.put("problems", r.problems());
        ctx.out().result(m);
        return r.complete() ? OK : PROBLEMS;
    }
}
