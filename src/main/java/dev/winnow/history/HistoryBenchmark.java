package dev.winnow.history;

import dev.winnow.common.ProgressReporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * `winnow bench history`: generates original/final pairs with known truth in a temp folder (stage 2 and a
 * near-identical stage 3 at {@code longSide} px; finals cropped, resized, re-encoded), runs the real recovery on one
 * thread, and reports seconds per pair (wall and CPU) and the share recovered right (winner and IoU >= 0.98).
 * Nothing outside the temp folder is touched; it is deleted afterwards.
 */
public final class HistoryBenchmark {
    public static final double IOU_NEEDED = 0.98;

    /**
     * Bench outcome; {@code correct} counts pairs with the right winner and IoU >= 0.98 (or uncropped when uncropped);
     * {@code baselineCorrect} what "keep the top stage, uncropped" would get right on the same pairs.
     */
    public record Result(int pairs, int longSide, double secondsPerPair, double cpuSecondsPerPair, int correct,
                         int rightWinner, double meanIou, double generateSeconds, int needsReview, int baselineCorrect) {
        public double accuracy() {
            return pairs == 0 ? 0 : (double) correct / pairs;
        }
    }

    public Result run(int pairs, int longSide, long seed, ProgressReporter progress) throws IOException {
        Path dir = Files.createTempDirectory("winnow-bench-history");
        try {
            long g0 = System.nanoTime();
            Map<String, SyntheticPairs.Pair> truthByFinal = new HashMap<>();
            SyntheticPairs.Options opts = new SyntheticPairs.Options(0.15, 0.5, 0.5);
            Path orig = Files.createDirectories(dir.resolve("original")), fin = Files.createDirectories(dir.resolve("final"));
            for (int i = 0; i < pairs; i++) {
                SyntheticPairs.Pair p = SyntheticPairs.make(seed + i, longSide, opts);
                for (int m = 0; m < p.names().size(); m++) Files.write(orig.resolve(p.names().get(m)), SyntheticPairs.png(p.stages().get(m)));
                String winnerName = p.names().get(p.winner());
                String finalName = p.finalIsJpeg() ? winnerName.replace(".png", ".jpg") : winnerName;
                Files.write(fin.resolve(finalName), p.finalBytes());
                truthByFinal.put(finalName, p);
            }
            double generate = (System.nanoTime() - g0) / 1e9;
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            HistoryRecovery.Result r = new HistoryRecovery(1).run(orig, fin, progress);
            double wall = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            int correct = 0, rightWinner = 0, review = 0, baseline = 0;
            for (SyntheticPairs.Pair p : truthByFinal.values()) {
                if (p.winner() == p.names().size() - 1 && p.truth().isNearFull(LoggedBox.FULL_EPS)) baseline++;
            }
            double iouSum = 0;
            for (SetOutcome o : r.outcomes()) {
                if (o.rejectsAll()) continue;
                SyntheticPairs.Pair p = truthByFinal.get(o.finalEntry().path());
                boolean winnerOk = o.winner() == p.winner();
                double iou = o.box() == null ? 0 : o.box().iou(p.truth());
                boolean cropOk = p.truth().isNearFull(LoggedBox.FULL_EPS) ? LoggedBox.UNCROPPED.equals(o.cropState()) : iou >= IOU_NEEDED;
                if (winnerOk) rightWinner++;
                if (winnerOk && cropOk) correct++;
                if ("needs_review".equals(o.cropState())) review++;
                iouSum += iou;
            }
            return new Result(pairs, longSide, wall / pairs, cpu / pairs, correct, rightWinner, iouSum / pairs, generate, review, baseline);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + dir, e);
        }
    }

}
