package dev.winnow.embed;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.imaging.DecodeException;
import dev.winnow.imaging.ImageAnalyzer;
import dev.winnow.imaging.ImageDecoder;
import dev.winnow.imaging.SyntheticPortrait;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * `winnow bench embed`: generates stage sets of realistic PNGs in a temporary folder (stage 1 at 832x1216,
 * stages 2 and 3 at 1664x2432) and measures, with the same number of threads, decode-only throughput (Winnow's PNG
 * path to the full raster, plain ImageIO, and straight to the working size as the pipeline decodes) against the
 * full pipeline with {@code pixels} and with the tiny ONNX model, each pipeline run on a fresh store so nothing is
 * cached, after an untimed warm-up of every path. The paths are measured in turn, round after round, and each is
 * reported by its median round, so that load from other processes on a shared machine drifts across all paths
 * alike; the process CPU time per image is reported beside the wall time because it hardly depends on that load.
 */
public final class EmbedBenchmark {
    /** One path's median round: wall-clock images per second and process CPU milliseconds per image. */
    public record Measure(double imagesPerSecond, double cpuMsPerImage) {
    }

    public record Result(int images, long pngBytes, int threads, int rounds, double generateSeconds,
                         Measure decodeFast, Measure decodeImageIO, Measure decodeWorking, Measure pipelinePixels,
                         Measure pipelineOnnx, double mpxPerImage, double loadBefore, double loadAfter) {
        /** The best decode-only path (the full raster or straight to the working size): what the pipeline is held to. */
        public Measure decodeBest() {
            return decodeWorking.imagesPerSecond() > decodeFast.imagesPerSecond() ? decodeWorking : decodeFast;
        }

        public double pixelsShare() {
            return pipelinePixels.imagesPerSecond() / decodeBest().imagesPerSecond();
        }

        public double onnxShare() {
            return pipelineOnnx.imagesPerSecond() / decodeBest().imagesPerSecond();
        }

        /** The share that CPU time per image predicts when every core is busy: best decode CPU over pipeline CPU. */
        public double pixelsCpuShare() {
            return bestDecodeCpuMs() / pipelinePixels.cpuMsPerImage();
        }

        public double onnxCpuShare() {
            return bestDecodeCpuMs() / pipelineOnnx.cpuMsPerImage();
        }

        private double bestDecodeCpuMs() {
            return Math.min(decodeFast.cpuMsPerImage(), decodeWorking.cpuMsPerImage());
        }
    }

    private static final String[] STAGES = {"stage1_generated", "stage2_upscaled", "stage3_enhanced"};

    public Result run(int sets, int threads, int rounds, ProgressReporter progress) throws IOException, InterruptedException {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        Path tmp = Files.createTempDirectory("winnow-bench-embed");
        try {
            double loadBefore = loadAverage();
            Path root = Files.createDirectories(tmp.resolve("project"));
            Stopwatch gen = Stopwatch.start();
            List<Path> files = generate(root, sets, threads, progress);
            double generateSeconds = gen.seconds();
            long bytes = 0;
            double mpx = 0;
            for (Path f : files) bytes += Files.size(f);
            for (int s = 0; s < files.size(); s++) mpx += (s % 3 == 0 ? 832 * 1216 : 1664 * 2432) / 1e6;
            Path model = tmp.resolve("tiny_vision.onnx");
            try (InputStream in = EmbedBenchmark.class.getResourceAsStream("tiny_vision.onnx")) {
                if (in == null) throw new IOException("the bench model tiny_vision.onnx is missing from the jar");
                Files.copy(in, model);
            }
            ImageDecoder decoder = new ImageDecoder();
            int n = files.size();
            Round fast = () -> measure(n, () -> decodeAll(files, threads, decoder::decode));
            Round working = () -> measure(n, () -> decodeAll(files, threads, (png, name) ->
                    decoder.decodeScaled(png, name, ImageAnalyzer.WORKING_SIDE, (w, h) -> false).working()));
            try (Embedder tiny = Embedders.onnx(model, Embedders.Options.defaults("bench", threads))) {
                PixelEmbedder pixelEmbedder = new PixelEmbedder();
                int[] run = {0};
                Round pixels = () -> pipeline(tmp, root, n, "pixels-" + run[0]++, pixelEmbedder, threads, progress);
                Round onnx = () -> pipeline(tmp, root, n, "onnx-" + run[0]++, tiny, threads, progress);
                // Untimed warm-up, twice over every path: the pipeline runs far more code than a decode (SQLite,
                // analysis, JPEG), and one run left the JIT compiling through the first timed rounds.
                for (int w = 0; w < 2; w++) for (Round r : List.of(fast, working, pixels, onnx)) r.run();
                Measure imageIO = measure(n, () -> decodeAll(files, threads, decoder::decodeWithImageIO));
                List<Measure> fastRounds = new ArrayList<>(), workingRounds = new ArrayList<>();
                List<Measure> pixelsRounds = new ArrayList<>(), onnxRounds = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    fastRounds.add(fast.run());
                    workingRounds.add(working.run());
                    pixelsRounds.add(pixels.run());
                    onnxRounds.add(onnx.run());
                }
                return new Result(n, bytes, threads, rounds, generateSeconds, median(fastRounds), imageIO,
                        median(workingRounds), median(pixelsRounds), median(onnxRounds), mpx / n,
                        loadBefore, loadAverage());
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** The round with the median throughput, and that round's CPU time per image (the two belong together). */
    static Measure median(List<Measure> rounds) {
        List<Measure> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Measure::imagesPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    private static Measure measure(int images, Timed t) throws InterruptedException, IOException {
        long cpu0 = processCpuNanos();
        Stopwatch w = Stopwatch.start();
        t.run();
        double seconds = w.seconds();
        long cpu = processCpuNanos() - cpu0;
        return new Measure(images / seconds, cpu0 < 0 ? Double.NaN : cpu / 1e6 / images);
    }

    /** CPU time of the whole process (every thread, GC and JIT included), or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The system load average over the last minute, or -1 where the platform has none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<Path> generate(Path root, int sets, int threads, ProgressReporter progress)
            throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Path>> futures = new ArrayList<>();
        try (ProgressReporter.Bar bar = progress.start("generate PNGs", sets * 3L)) {
            for (int s = 0; s < sets; s++) {
                for (int k = 0; k < 3; k++) {
                    int set = s, stage = k;
                    futures.add(pool.submit(() -> {
                        SyntheticPortrait scene = new SyntheticPortrait(1000L + set * 7L + (stage == 2 ? 3 : 0));
                        BufferedImage img = stage == 0 ? scene.render(832, 1216) : scene.render(1664, 2432);
                        Path f = root.resolve(String.format("20250708_%02d%02d%02d_%s.png", 6 + set / 60, set % 60,
                                stage * 10, STAGES[stage]));
                        ImageIO.write(img, "png", f.toFile());
                        bar.step();
                        return f;
                    }));
                }
            }
            List<Path> out = new ArrayList<>();
            for (Future<Path> f : futures) out.add(f.get());
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot generate bench images: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Decode {
        BufferedImage decode(byte[] bytes, String name) throws DecodeException;
    }

    @FunctionalInterface
    private interface Round {
        Measure run() throws InterruptedException, IOException;
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws InterruptedException, IOException;
    }

    /** Reads and decodes every file (what a pipeline must do at minimum), on the same number of threads. */
    private static void decodeAll(List<Path> files, int threads, Decode decode) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> decode.decode(Files.readAllBytes(f), f.toString()).getWidth()));
            }
            for (Future<Integer> f : futures) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("decode failed in the bench: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pipeline run on a fresh store; only the embed itself is timed, not opening the store or the scan. */
    private static Measure pipeline(Path tmp, Path root, int images, String name, Embedder embedder,
                                    int threads, ProgressReporter progress) throws InterruptedException, IOException {
        Path home = tmp.resolve(name);
        try (Store store = Store.open(home)) {
            Catalog catalog = new Catalog(store);
            catalog.addProject("bench", root, "bench");
            catalog.scan("bench", ProgressReporter.silent());
            EmbedReport[] report = new EmbedReport[1];
            Measure m = measure(images, () -> report[0] = new EmbedPipeline(store, home)
                    .run("bench", embedder, threads, progress, StopSignal.never()));
            EmbedReport r = report[0];
            if (r.failed() > 0 || r.decoded() != r.images()) {
                throw new IllegalStateException("bench pipeline did not decode every image: " + r.summary().line());
            }
            return m;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
