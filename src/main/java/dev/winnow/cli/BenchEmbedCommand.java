package dev.winnow.cli;

import dev.winnow.embed.EmbedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `winnow bench embed`: decode-only against the full pipeline. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Generate stage sets of PNGs (832x1216 and 1664x2432) in a temp folder and compare decode-only",
                "throughput with the full embed pipeline (pixels, and the tiny bundled ONNX model)."},
        footer = {"", "Example:", "  winnow bench embed --sets 8", "Target: pipeline >= 85% of decode-only images/s, all cores."})
final class BenchEmbedCommand extends WinnowSubcommand {
    @Option(names = "--sets", defaultValue = "8", paramLabel = "N", description = "Stage sets of 3 images (default ${DEFAULT-VALUE}).")
    int sets;
    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Override
    int run(CommandContext ctx) throws Exception {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        EmbedBenchmark.Result r = new EmbedBenchmark().run(sets, t, ctx.progress());
        Output o = ctx.out();
        o.say(String.format("bench embed: %d PNGs (%.1f Mpx each on average, %.1f MB in all), %d threads, generated in %.0f s",
                r.images(), r.mpxPerImage(), r.pngBytes() / 1e6, r.threads(), r.generateSeconds()));
        o.say(String.format("  decode only, Winnow PNG path : %6.2f images/s (%.0f Mpx/s)", r.decodeFast(), r.decodeFast() * r.mpxPerImage()));
        o.say(String.format("  decode only, ImageIO         : %6.2f images/s (%.0f Mpx/s)", r.decodeImageIO(), r.decodeImageIO() * r.mpxPerImage()));
        o.say(String.format("  decode to working size only  : %6.2f images/s (no full raster, as the pipeline decodes)", r.decodeWorking()));
        o.say(String.format("  pipeline, pixels             : %6.2f images/s = %3.0f%% of decode-only (target >= 85%%)", r.pipelinePixels(), 100 * r.pixelsShare()));
        o.say(String.format("  pipeline, tiny ONNX model    : %6.2f images/s = %3.0f%% of decode-only", r.pipelineOnnx(), 100 * r.onnxShare()));
        o.result(r);
        return OK;
    }
}
