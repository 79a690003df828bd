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
 * path, plain ImageIO, and straight to the working size as the pipeline decodes) against the full pipeline with {@code pixels} and with the tiny ONNX model, each
 * pipeline run on a fresh store so nothing is cached, after an untimed warm-up of both paths.
 */
public final class EmbedBenchmark {
    public record Result(int images, long pngBytes, int threads, double generateSeconds, double decodeFast,
                         double decodeImageIO, double decodeWorking, double pipelinePixels, double pipelineOnnx,
                         double mpxPerImage) {
        public double pixelsShare() {
            return pipelinePixels / decodeFast;
        }

        public double onnxShare() {
            return pipelineOnnx / decodeFast;
        }
    }

    private static final String[] STAGES = {"stage1_generated", "stage2_upscaled", "stage3_enhanced"};

    public Result run(int sets, int threads, ProgressReporter progress) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("winnow-bench-embed");
        try {
            Path root = Files.createDirectories(tmp.resolve("project"));
            Stopwatch gen = Stopwatch.start();
            List<Path> files = generate(root, sets, threads, progress);
            double generateSeconds = gen.seconds();
            long bytes = 0;
            double mpx = 0;
            for (Path f : files) bytes += Files.size(f);
            for (int s = 0; s < files.size(); s++) mpx += (s % 3 == 0 ? 832 * 1216 : 1664 * 2432) / 1e6;
            ImageDecoder decoder = new ImageDecoder();
            // Untimed warm-up of both code paths, so that no number includes JIT compilation.
            decodeAll(files, threads, decoder::decode);
            pipeline(tmp, root, "warm-up", new PixelEmbedder(), threads, progress);
            double fastBefore = timed(() -> decodeAll(files, threads, decoder::decode));
            double imageIO = files.size() / timed(() -> decodeAll(files, threads, decoder::decodeWithImageIO));
            // What the pipeline's decode does: rows stream into the downscale, no full raster.
            double working = files.size() / timed(() -> decodeAll(files, threads, (png, name) ->
                    decoder.decodeScaled(png, name, ImageAnalyzer.WORKING_SIDE, (w, h) -> false).working()));
            double pixels = files.size() / pipeline(tmp, root, "pixels-run", new PixelEmbedder(), threads, progress);
            Path model = tmp.resolve("tiny_vision.onnx");
            try (InputStream in = EmbedBenchmark.class.getResourceAsStream("tiny_vision.onnx")) {
                if (in == null) throw new IOException("the bench model tiny_vision.onnx is missing from the jar");
                Files.copy(in, model);
            }
            double onnx;
            try (Embedder tiny = Embedders.onnx(model, Embedders.Options.defaults("bench", threads))) {
                onnx = files.size() / pipeline(tmp, root, "onnx-run", tiny, threads, progress);
            }
            // Decode-only is timed before and after the pipelines and averaged: on a shared machine the load drifts.
            double fast = 2 * files.size() / (fastBefore + timed(() -> decodeAll(files, threads, decoder::decode)));
            return new Result(files.size(), bytes, threads, generateSeconds, fast, imageIO, working, pixels, onnx,
                    mpx / files.size());
        } finally {
            deleteTree(tmp);
        }
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
    private interface Timed {
        void run() throws InterruptedException, IOException;
    }

    private static double timed(Timed t) throws InterruptedException, IOException {
        Stopwatch w = Stopwatch.start();
        t.run();
        return w.seconds();
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

    private static double pipeline(Path tmp, Path root, String name, Embedder embedder, int threads,
                                   ProgressReporter progress) throws InterruptedException {
        Path home = tmp.resolve(name);
        try (Store store = Store.open(home)) {
            Catalog catalog = new Catalog(store);
            catalog.addProject("bench", root, "bench");
            catalog.scan("bench", ProgressReporter.silent());
            Stopwatch w = Stopwatch.start();
            EmbedReport r = new EmbedPipeline(store, home).run("bench", embedder, threads, progress, StopSignal.never());
            double seconds = w.seconds();
            if (r.failed() > 0 || r.decoded() != r.images()) {
                throw new IllegalStateException("bench pipeline did not decode every image: " + r.summary().line());
            }
            return seconds;
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
