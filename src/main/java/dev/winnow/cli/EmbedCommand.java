package dev.winnow.cli;

import dev.winnow.app.Winnow;
import dev.winnow.embed.EmbedReport;
import dev.winnow.embed.Embedder;
import dev.winnow.embed.Embedders;
import dev.winnow.embed.OnnxPreprocessing;
import dev.winnow.embed.StopSignal;
import dev.winnow.common.Problem;
import dev.winnow.common.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow embed ID`: decode every image once; hashes, thumbnails, stats, embeddings and change maps. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Decode each image of a project once and cache what review and training need: content hash,",
                "perceptual hash, thumbnail, pixel statistics, the embedding, and each stage set's change map.",
                "Cached by content: renamed or moved files are not decoded again; a stopped run resumes."},
        footer = {"", "Examples:", "  winnow embed mojo3                                   # pixels/v2, all cores",
                "  winnow embed mojo3 --embedder onnx:~/models/clip-vit-b32   # HF folder: onnx/vision_model.onnx + preprocessor_config.json",
                "  winnow embed mojo3 --embedder onnx:vision.onnx --image-size 224 --crop 224",
                "  winnow embed mojo1 --embedder import:~/old/data/ai_data/cache --import-name clip-b32",
                "  winnow --json embed mojo3 --threads 4",
                "Nothing is written inside the project folder; thumbnails and heatmaps go to <home>/cache.",
                "Exit code 1: the run finished but some images failed (listed with reasons)."})
final class EmbedCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;
    @Option(names = "--embedder", defaultValue = "pixels", paramLabel = "NAME",
            description = "pixels (default), onnx:PATH or import:PATH.")
    String embedder;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;
    @Option(names = "--image-size", paramLabel = "PX", description = "ONNX: resize the shortest edge to PX (overrides preprocessor_config.json).")
    Integer imageSize;
    @Option(names = "--crop", paramLabel = "PX", description = "ONNX: centre crop PX x PX.")
    Integer crop;
    @Option(names = "--mean", paramLabel = "R,G,B", description = "ONNX: normalization mean (default CLIP's).")
    String mean;
    @Option(names = "--std", paramLabel = "R,G,B", description = "ONNX: normalization std (default CLIP's).")
    String std;
    @Option(names = "--import-name", paramLabel = "NAME", description = "import: name of the imported vectors (id import:NAME, default legacy).")
    String importName;
    @Option(names = "--show-problems", defaultValue = "20", paramLabel = "N", description = "Problems listed in full (default ${DEFAULT-VALUE}).")
    int showProblems;

    @Override
    int run(CommandContext ctx) throws Exception {
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Embedders.Options options = new Embedders.Options(imageSize, crop,
                mean == null ? null : OnnxPreprocessing.parseTriple(mean), std == null ? null : OnnxPreprocessing.parseTriple(std),
                importName, id, workers);
        EmbedReport r;
        try (Winnow.Held held = ctx.winnow().exclusive("embed-" + id, "winnow embed " + id);
             Embedder e = Embedders.open(embedder, options)) {
            ctx.out().note("embedder " + e.id() + ", " + workers + " threads");
            r = ctx.winnow().embedPipeline().run(id, e, workers, ctx.progress(), StopSignal.never());
        }
        Output o = ctx.out();
        o.say(String.format("%s with %s: %d images (%d sets, %d singles): %d decoded, %d cached (%d only hashed), %d failed",
                r.projectId(), r.embedderId(), r.images(), r.sets(), r.singles(), r.decoded(), r.cached(),
                r.hashedOnly(), r.failed()));
        o.say(String.format("  change maps: %d computed, %d reused from identical sets", r.changeMapsComputed(), r.changeMapsReused()));
        if (!r.problems().isEmpty()) {
            o.say("  " + r.problems().size() + " problems: " + Problems.countsByReason(r.problems()));
            r.problems().stream().limit(showProblems).forEach(p -> o.say("    " + p));
        }
        if (r.stopped()) o.say("  stopped early: run it again to continue");
        o.say("  " + r.summary().line());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", r.projectId());
        m.put("embedder", r.embedderId());
        m.put("images", r.images());
        m.put("sets", r.sets());
        m.put("singles", r.singles());
        m.put("decoded", r.decoded());
        m.put("cached", r.cached());
        m.put("hashedOnly", r.hashedOnly());
        m.put("failed", r.failed());
        m.put("changeMapsComputed", r.changeMapsComputed());
        m.put("changeMapsReused", r.changeMapsReused());
        m.put("stopped", r.stopped());
        m.put("problemsByReason", Problems.countsByReason(r.problems()));
        m.put("problems", r.problems().stream().map(Problem::toString).toList());
        m.put("summary", r.summary());
        o.result(m);
        return r.problems().isEmpty() ? OK : PROBLEMS;
    }
}
