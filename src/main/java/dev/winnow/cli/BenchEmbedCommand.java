package dev.winnow.cli;

import dev.winnow.embed.EmbedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

/** `winnow bench embed`: decode-only against the full pipeline. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Generate stage sets of PNGs (832x1216 and 1664x2432) in a temp folder and compare decode-only",
                "throughput with the full embed pipeline (pixels, and the tiny bundled ONNX model)."},
        footer = {"", "Example:", "  winnow bench embed --sets 8 --rounds 5", "Target: pipeline >= 85%% of decode-only images/s, all cores."})
final class BenchEmbedCommand extends WinnowSubcommand {
    @Option(names = "--sets", defaultValue = "8", paramLabel = "N", description = "Stage sets of 3 images (default ${DEFAULT-VALUE}).")
    int sets;
    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;
    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Timed rounds of every path; each path is reported by its median round (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    int run(CommandContext ctx) throws Exception {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        EmbedBenchmark.Result r = new EmbedBenchmark().run(sets, t, rounds, ctx.progress());
        Output o = ctx.out();
        o.say(String.format(Locale.ROOT, "bench embed: %d PNGs (%.1f Mpx each on average, %.1f MB in all), %d threads, generated in %.0f s;"
                        + " median of %d rounds; load average %.2f before, %.2f after",
                r.images(), r.mpxPerImage(), r.pngBytes() / 1e6, r.threads(), r.generateSeconds(), r.rounds(),
                r.loadBefore(), r.loadAfter()));
        line(o, "decode only, Winnow PNG path ", r.decodeFast(), String.format(Locale.ROOT, "%.0f Mpx/s",
                r.decodeFast().imagesPerSecond() * r.mpxPerImage()));
        line(o, "decode only, ImageIO         ", r.decodeImageIO(), "one round");
        line(o, "decode to working size only  ", r.decodeWorking(), "no full raster, as the pipeline decodes");
        line(o, "pipeline, pixels             ", r.pipelinePixels(), String.format(Locale.ROOT,
                "%3.0f%% of the best decode-only (target >= 85%%); by CPU time %3.0f%%", 100 * r.pixelsShare(), 100 * r.pixelsCpuShare()));
        line(o, "pipeline, tiny ONNX model    ", r.pipelineOnnx(), String.format(Locale.ROOT,
                "%3.0f%% of the best decode-only; by CPU time %3.0f%%", 100 * r.onnxShare(), 100 * r.onnxCpuShare()));
        o.result(r);
        return OK;
    }

    private static void line(Output o, String what, EmbedBenchmark.Measure m, String note) {
        o.say(String.format(Locale.ROOT, "  %s: %6.2f images/s, %5.1f CPU ms/image (%s)", what, m.imagesPerSecond(),
                m.cpuMsPerImage(), note));
    }
}
