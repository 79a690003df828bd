package dev.winnow.cli;

import dev.winnow.catalog.ScanBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow bench scan`: cold and warm scan throughput on a synthetic tree. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Build a synthetic tree of small images with companions in a temp folder and time a cold and a warm scan.",
        footer = {"", "Example:", "  winnow bench scan --files 100000", "Targets: >= 5,000 files/s cold, >= 20,000 files/s warm."})
final class BenchScanCommand extends WinnowSubcommand {
    @Option(names = "--files", defaultValue = "100000", paramLabel = "N", description = "Images to generate (default ${DEFAULT-VALUE}).")
    int files;

    @Override
    int run(CommandContext ctx) throws Exception {
        ScanBenchmark.Result r = new ScanBenchmark().run(files, ctx.progress());
        ctx.out().say(String.format("bench scan: %,d images + %,d companions (tree built in %.1f s)", r.images(), r.companions(), r.buildSeconds()));
        ctx.out().say(String.format("  cold scan: %.2f s = %,.0f files/s (target >= 5,000)", r.coldSeconds(), r.coldFilesPerSecond()));
        ctx.out().say(String.format("  warm scan: %.2f s = %,.0f files/s (target >= 20,000)", r.warmSeconds(), r.warmFilesPerSecond()));
        ctx.out().say(String.format("  %,d sets, %,d singles; %d cores", r.sets(), r.singles(), Runtime.getRuntime().availableProcessors()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("images", r.images());
        m.put("companions", r.companions());
        m.put("coldSeconds", r.coldSeconds());
        m.put("warmSeconds", r.warmSeconds());
        m.put("coldFilesPerSecond", r.coldFilesPerSecond());
        m.put("warmFilesPerSecond", r.warmFilesPerSecond());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        ctx.out().result(m);
        return OK;
    }
}
