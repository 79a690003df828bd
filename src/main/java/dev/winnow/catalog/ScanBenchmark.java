package dev.winnow.catalog;

import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds a synthetic project tree (small real PNGs named like the user's, with companions) in a temporary
 * folder and times a cold and a warm scan of it with a throwaway store.
 */
public final class ScanBenchmark {
    public record Result(int images, int companions, double buildSeconds, double coldSeconds, double warmSeconds,
                         int sets, int singles) {
        public double coldFilesPerSecond() {
            return images / coldSeconds;
        }

        public double warmFilesPerSecond() {
            return images / warmSeconds;
        }
    }

    private static final String[] STAGES = {"stage1_generated", "stage1.5_face_swapped", "stage2_upscaled", "stage3_enhanced"};
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    public Result run(int images, ProgressReporter progress) throws IOException {
        Path tmp = Files.createTempDirectory("winnow-bench-scan");
        try {
            Path root = Files.createDirectories(tmp.resolve("project"));
            Stopwatch build = Stopwatch.start();
            int companions = buildTree(root, images, progress);
            double buildSeconds = build.seconds();
            try (Store store = Store.open(tmp.resolve("home"))) {
                Catalog catalog = new Catalog(store);
                catalog.addProject("bench", root, "bench");
                Stopwatch cold = Stopwatch.start();
                catalog.scan("bench", progress);
                double coldSeconds = cold.seconds();
                Stopwatch warm = Stopwatch.start();
                ScanReport r = catalog.scan("bench", progress);
                double warmSeconds = warm.seconds();
                return new Result(images, companions, buildSeconds, coldSeconds, warmSeconds, r.sets(), r.singles());
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static int buildTree(Path root, int images, ProgressReporter progress) throws IOException {
        byte[] png = tinyPng();
        byte[] yaml = "seed: 1\nprompt: bench\n".getBytes();
        LocalDateTime t = LocalDateTime.of(2025, 7, 8, 6, 0, 0);
        int companions = 0;
        try (ProgressReporter.Bar bar = progress.start("build tree", images)) {
            for (int i = 0; i < images; i++) {
                String name = t.format(NAME_TIME) + "_" + STAGES[i % STAGES.length];
                Files.write(root.resolve(name + ".png"), png);
                Files.write(root.resolve(name + ".yaml"), yaml);
                companions++;
                t = t.plusSeconds(7 + (i % 5));
                bar.step();
            }
        }
        return companions;
    }

    private static byte[] tinyPng() throws IOException {
        BufferedImage img = new BufferedImage(8, 12, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
