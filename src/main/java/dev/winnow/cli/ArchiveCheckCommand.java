package dev.winnow.cli;

import dev.winnow.embed.ArchiveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** `winnow archive-check ID`: is everything training and review need in the store? */
@Command(name = "archive-check", mixinStandardHelpOptions = true,
        description = {"Say whether everything training and review need from a project (thumbnails, vectors, change",
                "maps, decisions) is in Winnow's store, so you can archive or remove the originals yourself.",
                "Winnow never deletes them."},
        footer = {"", "Examples:", "  winnow archive-check mojo3", "  winnow archive-check mojo3 --embedder pixels/v2 --embedder onnx:3fa2c1d0e9b4-1a2b3c",
                "Exit code 0: safe to archive; 1: something is missing (run `winnow embed` first)."})
final class ArchiveCheckCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;
    @Option(names = "--embedder", paramLabel = "ID", description = "Embedder ids whose vectors must be stored (default: those the project has, else pixels/v2).")
    List<String> embedders;

    @Override
    int run(CommandContext ctx) {
        ArchiveReport r = ctx.winnow().archiveCheck().check(id, embedders == null ? List.of() : embedders);
        Output o = ctx.out();
        o.say(String.format("%s: %d images, %d sets, vectors of %s; %d decisions (%d not matched to a file)", r.projectId(),
                r.images(), r.sets(), r.embedders(), r.decisions(), r.unboundDecisions()));
        r.gaps().forEach((kind, g) -> o.say(String.format("  missing %s: %d (e.g. %s)", kind, g.count(), String.join(", ", g.examples()))));
        if (r.undecodable() > 0) o.say("  note: " + r.undecodable() + " images do not decode (see `winnow embed` problems); archiving loses nothing of them");
        o.say(r.safe() ? "SAFE to archive: everything training and review need is in the store."
                : "NOT safe to archive yet: run `winnow embed " + r.projectId() + "` (with the embedders listed) first.");
        o.result(r);
        return r.safe() ? OK : PROBLEMS;
    }
}
