package dev.winnow.cli;

import dev.winnow.embed.CacheStats;
import dev.winnow.embed.PruneReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow cache stats|prune`. */
@Command(name = "cache", description = "Inspect or prune Winnow's image cache (thumbnails, heatmaps, vectors, change maps).",
        subcommands = {CacheCommand.Stats.class, CacheCommand.Prune.class},
        footer = {"", "Examples:", "  winnow cache stats", "  winnow cache prune            # dry run", "  winnow cache prune --apply"})
final class CacheCommand {

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Sizes and counts of the cache.",
            footer = {"", "Example:", "  winnow cache stats", "  winnow --json cache stats | jq .embedders"})
    static final class Stats extends WinnowSubcommand {
        @Override
        int run(CommandContext ctx) {
            CacheStats s = ctx.winnow().cache().stats();
            Output o = ctx.out();
            o.say("rows: " + s.rows());
            for (CacheStats.Embedder e : s.embedders()) {
                o.say(String.format("  %-32s %8d vectors x %4d dims  %s", e.embedderId(), e.vectors(), e.dim(), mb(e.bytes())));
            }
            o.say(String.format("thumbnails: %d files, %s; heatmaps: %d files, %s; store: %s", s.thumbFiles(),
                    mb(s.thumbBytes()), s.heatmapFiles(), mb(s.heatmapBytes()), mb(s.storeBytes())));
            PruneReport p = s.wouldPrune();
            o.say(String.format("prune would drop: %d unreferenced contents, %d unused change maps, %d cache files (%s)",
                    p.hashes(), p.setChanges(), p.files(), mb(p.bytes())));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", s.rows());
            m.put("embedders", s.embedders());
            m.put("thumbFiles", s.thumbFiles());
            m.put("thumbBytes", s.thumbBytes());
            m.put("heatmapFiles", s.heatmapFiles());
            m.put("heatmapBytes", s.heatmapBytes());
            m.put("storeBytes", s.storeBytes());
            m.put("wouldPrune", p);
            o.result(m);
            return OK;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = {"Drop cache entries no file references (a dry run unless --apply).",
                    "Entries of missing (moved, archived) files are kept; your images are never touched."},
            footer = {"", "Examples:", "  winnow cache prune", "  winnow cache prune --apply",
                    "  winnow cache prune --embedder onnx:3fa2c1d0e9b4-1a2b3c --apply   # also drop one embedder's vectors"})
    static final class Prune extends WinnowSubcommand {
        @Option(names = "--apply", description = "Really delete (default: only report).")
        boolean apply;
        @Option(names = "--embedder", paramLabel = "ID", description = "Also drop every vector of this embedder id.")
        String embedder;

        @Override
        int run(CommandContext ctx) {
            PruneReport p = ctx.winnow().cache().prune(apply, embedder);
            ctx.out().say(String.format("%s %d unreferenced contents, %d unused change maps, %d vectors of %s, %d cache files (%s)",
                    apply ? "dropped" : "would drop", p.hashes(), p.setChanges(), p.vectorsOfEmbedder(),
                    embedder == null ? "no embedder" : embedder, p.files(), mb(p.bytes())));
            if (!apply) ctx.out().say("dry run: add --apply to delete");
            ctx.out().result(p);
            return OK;
        }
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
