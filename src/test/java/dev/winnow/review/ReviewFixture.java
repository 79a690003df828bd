package dev.winnow.review;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A tiny real project for reviewer tests: stage sets of small PNGs named like the user's (portrait, the stage
 * sizes in the user's ratios) each with .yaml and .caption companions, scanned into a real store, with
 * predictions, one cached thumbnail and one heatmap written through the contract repositories.
 */
final class ReviewFixture implements AutoCloseable {
    static final String PROJECT = "mojo9";
    static final String[] STAGES = {"stage1_generated", "stage1.5_face_swapped", "stage2_upscaled", "stage3_enhanced"};
    /** The AI crop every predicted set gets: keeps the image aspect (square in normalized units). */
    static final CropBox AI_CROP = new CropBox(0.1, 0.05, 0.7, 0.65);

    final Path root;
    final Path home;
    final Store store;
    final List<StageSet> sets;

    private ReviewFixture(Path root, Path home, Store store, List<StageSet> sets) {
        this.root = root;
        this.home = home;
        this.store = store;
        this.sets = sets;
    }

    /** {@code sizes[k]} members in set k; sets with an even index get a prediction (pick: top stage). */
    static ReviewFixture create(Path tmp, int... sizes) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("project"));
        Random rnd = new Random(42);
        for (int k = 0; k < sizes.length; k++) {
            for (int s = 0; s < sizes[k]; s++) {
                int sec = k * 100 + s * 10;
                String stem = String.format("20250708_%02d%02d%02d_%s", 6 + sec / 3600, (sec / 60) % 60, sec % 60, STAGES[4 - sizes[k] + s]);
                int scale = s + 4 - sizes[k] >= 2 ? 2 : 1;
                TestImages.png(root.resolve(stem + ".png"), 52 * scale, 76 * scale);
                Files.writeString(root.resolve(stem + ".yaml"), "seed: " + rnd.nextInt() + "\n");
                Files.writeString(root.resolve(stem + ".caption"), "a test image " + k + "/" + s + "\n");
            }
        }
        Path home = tmp.resolve("home");
        Store store = Store.open(home);
        Catalog catalog = new Catalog(store);
        catalog.addProject(PROJECT, root, "Mojo 9");
        catalog.scan(PROJECT, ProgressReporter.silent());
        List<StageSet> sets = catalog.sets(PROJECT, 0);
        if (sets.size() != sizes.length) throw new IllegalStateException("expected " + sizes.length + " sets, got " + sets.size());
        return new ReviewFixture(root, home, store, sets);
    }

    /** Predictions for the even-indexed sets: pick the top stage, confidence falling with the index. */
    ReviewFixture withPredictions() {
        PredictionRepository repo = new PredictionRepository(store);
        for (int i = 0; i < sets.size(); i += 2) {
            StageSet s = sets.get(i);
            repo.save(new PredictionRow(s.id(), s.highest().id(), 0.95 - 0.1 * i, i == 2 ? 0.8 : 0.05, AI_CROP,
                    "stage 3 face region changed strongly", "r1", "a1", "c1", Map.of(), null));
        }
        return this;
    }

    /** A cached thumbnail for the first member of set 0 and a heatmap for set 0, as the see pass would write them. */
    ReviewFixture withThumbnailAndHeatmap() throws IOException {
        ImageFile f = sets.get(0).members().get(0);
        Path thumb = Files.createDirectories(home.resolve("thumbs")).resolve(f.id() + ".png");
        TestImages.png(thumb, 26, 38);
        String hash = "hash-" + f.id();
        new FileRepository(store).setContentHash(f.id(), hash);
        new ContentRepository(store).save(new ContentRow(hash, f.width(), f.height(), 0L, home.relativize(thumb).toString(), Map.of(), null));
        Path heat = Files.createDirectories(home.resolve("heatmaps")).resolve("set.png");
        TestImages.png(heat, 52, 76);
        new ChangeFeatureRepository(store).saveHeatmap(sets.get(0).id(), "h1", home.relativize(heat).toString());
        return this;
    }

    /** Every file under the folder (relative path) with its SHA-256: the tree "byte for byte". */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) out.put(rel + "/", "dir");
                else out.put(rel, sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
