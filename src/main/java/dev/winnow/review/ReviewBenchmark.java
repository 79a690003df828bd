package dev.winnow.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.catalog.Catalog;
import dev.winnow.common.CropBox;
import dev.winnow.common.Jackson;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Times the reviewer on a generated project of 100 four-stage sets (real PNGs with companions, cached
 * thumbnails and predictions, in a temporary home): the server's time to deliver a 100-set batch page (HTML
 * and batch data), and, in a real headless Chromium when one is installed, the time from a key press to the
 * next painted frame as the page itself measures it.
 */
public final class ReviewBenchmark {
    static final int SETS = 100;
    private static final int WARM_RUNS = 20;
    private static final String[] STAGES = {"stage1_generated", "stage1.5_face_swapped", "stage2_upscaled", "stage3_enhanced"};

    /** Milliseconds. Browser numbers are null when no Chromium was found ({@code browserNote} says why). */
    public record Result(int sets, int images, double serverStartMs, double coldPageMs, double warmPageMedianMs, double warmPageMaxMs,
                         int batchJsonBytes, Double browserReadyMs, Stats chooseKeys, Stats navigationKeys,
                         Stats undoKeys, String browser, String browserNote) {
    }

    /** Median, 95th percentile and count of a list of timings. */
    public record Stats(int count, double medianMs, double p95Ms) {
        static Stats of(List<Double> ms) {
            if (ms.isEmpty()) return null;
            double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(v.length, v[v.length / 2], v[Math.min(v.length - 1, (int) Math.ceil(0.95 * v.length) - 1)]);
        }
    }

    public Result run(Optional<Path> chromium, Path screenshot) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("winnow-bench-review");
        try (Store store = Store.open(tmp.resolve("home"))) {
            Path root = Files.createDirectories(tmp.resolve("project"));
            int images = buildProject(root, store);
            long startedAt = System.nanoTime();
            try (ReviewServer server = new Reviewer(store).serve("bench", Reviewer.Options.defaults().withOrder(ReviewOrder.TIME))) {
                double startMs = (System.nanoTime() - startedAt) / 1e6;
                HttpClient http = HttpClient.newHttpClient();
                double cold = pageMs(http, server);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < WARM_RUNS; i++) warm.add(pageMs(http, server));
                int jsonBytes = get(http, URI.create("http://127.0.0.1:" + server.port() + "/api/batch?token=" + server.token())).length();
                double[] w = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                if (chromium.isEmpty()) {
                    return new Result(SETS, images, startMs, cold, w[w.length / 2], w[w.length - 1], jsonBytes, null, null, null, null,
                            null, "no Chromium or Chrome found (pass --browser PATH or set WINNOW_CHROMIUM)");
                }
                return inBrowser(chromium.get(), server, screenshot,
                        new Result(SETS, images, startMs, cold, w[w.length / 2], w[w.length - 1], jsonBytes, null, null, null, null,
                                chromium.get().toString(), null));
            }
        } finally {
            HeadlessChromium.deleteTree(tmp);
        }
    }

    private Result inBrowser(Path binary, ReviewServer server, Path screenshot, Result base) throws IOException {
        try (HeadlessChromium browser = HeadlessChromium.launch(binary, 1600, 1000)) {
            browser.navigate(server.url().toString());
            browser.waitFor("document.body.dataset.ready === '1'", Duration.ofSeconds(30));
            double ready = browser.evaluate("window.winnowReadyAt").asDouble();
            browser.waitFor("[...document.querySelectorAll('#members img.thumb')].every(i => i.complete && i.naturalWidth > 0)",
                    Duration.ofSeconds(30));
            if (screenshot != null) Files.write(screenshot, browser.screenshot());
            List<String[]> keys = new ArrayList<>();
            for (int i = 0; i < 60; i++) keys.add(i % 3 == 0 ? new String[] {"f", "KeyF", "70"} : i % 3 == 1
                    ? new String[] {"a", "KeyA", "65"} : new String[] {"s", "KeyS", "83"});
            for (int i = 0; i < 20; i++) keys.add(new String[] {"ArrowUp", "ArrowUp", "38"});
            for (int i = 0; i < 20; i++) keys.add(new String[] {"Enter", "Enter", "13"});
            for (int i = 0; i < 10; i++) keys.add(new String[] {"u", "KeyU", "85"});
            int seen = 0;
            for (String[] k : keys) {
                browser.press(k[0], k[1], Integer.parseInt(k[2]));
                seen++;
                browser.waitFor("window.winnowTimings.length >= " + seen, Duration.ofSeconds(10));
            }
            JsonNode timings = Jackson.mapper().readTree(browser.evaluate("JSON.stringify(window.winnowTimings)").asText());
            List<Double> choose = new ArrayList<>(), nav = new ArrayList<>(), undo = new ArrayList<>();
            for (JsonNode t : timings) {
                String code = t.path("key").asText();
                double ms = t.path("ms").asDouble();
                if (code.equals("KeyU")) undo.add(ms);
                else if (code.startsWith("Arrow") || code.equals("Enter")) nav.add(ms);
                else choose.add(ms);
            }
            return new Result(base.sets(), base.images(), base.serverStartMs(), base.coldPageMs(), base.warmPageMedianMs(), base.warmPageMaxMs(),
                    base.batchJsonBytes(), ready, Stats.of(choose), Stats.of(nav), Stats.of(undo), base.browser(), null);
        }
    }

    /** The page a browser loads for a batch: the HTML, then the batch data for 100 sets. */
    private static double pageMs(HttpClient http, ReviewServer server) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        get(http, server.url());
        get(http, URI.create("http://127.0.0.1:" + server.port() + "/api/batch?token=" + server.token()));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("GET " + uri.getPath() + " answered " + r.statusCode());
        return r.body();
    }

    /** 100 sets of 4 stages (portrait, the user's stage sizes at 1/8), companions, thumbnails and predictions. */
    private static int buildProject(Path root, Store store) throws IOException {
        Random rnd = new Random(1);
        LocalDateTime t = LocalDateTime.of(2025, 7, 8, 6, 0, 0);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
        for (int s = 0; s < SETS; s++) {
            for (int k = 0; k < STAGES.length; k++) {
                String stem = t.format(f) + "_" + STAGES[k];
                int scale = k >= 2 ? 2 : 1;
                ImageIO.write(picture(104 * scale, 152 * scale, rnd), "png", root.resolve(stem + ".png").toFile());
                Files.writeString(root.resolve(stem + ".yaml"), "seed: " + rnd.nextInt() + "\n");
                t = t.plusSeconds(9);
            }
            t = t.plusSeconds(60);
        }
        Catalog catalog = new Catalog(store);
        catalog.addProject("bench", root, "bench");
        catalog.scan("bench", ProgressReporter.silent());
        Path thumbs = Files.createDirectories(store.home().resolve("bench-thumbs"));
        FileRepository files = new FileRepository(store);
        ContentRepository content = new ContentRepository(store);
        PredictionRepository predictions = new PredictionRepository(store);
        int images = 0;
        for (StageSet set : catalog.sets("bench", 0)) {
            for (ImageFile m : set.members()) {
                Path thumb = thumbs.resolve(m.id() + ".jpg");
                ImageIO.write(ImageSource.fit(ImageIO.read(root.resolve(m.relPath()).toFile()), 512), "jpeg", thumb.toFile());
                files.setContentHash(m.id(), "bench-" + m.id());
                content.save(new ContentRow("bench-" + m.id(), m.width(), m.height(), 0L,
                        store.home().relativize(thumb).toString(), Map.of(), null));
                images++;
            }
            double conf = 0.5 + 0.5 * rnd.nextDouble();
            predictions.save(new PredictionRow(set.id(), set.highest().id(), conf, rnd.nextDouble() * 0.3,
                    new CropBox(0.1, 0.0, 0.85, 0.75), "stage 3 face region changed strongly", "bench", "bench", "bench",
                    Map.of(), null));
        }
        return images;
    }

    private static BufferedImage picture(int w, int h, Random rnd) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(rnd.nextInt(0xffffff)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(rnd.nextInt(0xffffff)));
            g.fillOval(rnd.nextInt(w), rnd.nextInt(h), w / 3, h / 4);
        }
        g.dispose();
        return img;
    }
}
