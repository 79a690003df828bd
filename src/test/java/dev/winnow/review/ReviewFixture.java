package dev.winnow.review;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.embed.EmbedPipeline;
import dev.winnow.embed.Embedder;
import dev.winnow.embed.Embedders;
import dev.winnow.embed.StopSignal;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;

import java.awt.image.BufferedImage;
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

    /** Where {@link #createWithArtifact} plants the break in the highest stage (normalized to the image). */
    static final CropBox ARTIFACT = new CropBox(0.56, 0.22, 0.80, 0.38);

    /**
     * One four-stage set of the same scene (stages 1 and 1.5 at 208x304, 2 and 3 at 416x608, as the user's
     * pipeline doubles the size) whose highest stage carries a planted break at {@link #ARTIFACT}, embedded by the
     * real pipeline: thumbnails, change features and the change strip are what `winnow embed` makes.
     */
    static ReviewFixture createWithArtifact(Path tmp) throws IOException, InterruptedException {
        Path root = Files.createDirectories(tmp.resolve("project"));
        writeSet(root, 6, 7, true);
        Path home = tmp.resolve("home");
        Store store = Store.open(home);
        Catalog catalog = new Catalog(store);
        addAndEmbed(store, home, PROJECT, root);
        return new ReviewFixture(root, home, store, catalog.sets(PROJECT, 0));
    }

    /**
     * Another project of the curator, decided in the past: sets like {@link #createWithArtifact}'s, {@code broken[k]}
     * saying whether set k's highest stage carries the planted break (the curator then kept stage 2) or not (kept
     * stage 3). Returns its sets.
     */
    List<StageSet> addPastProject(String id, boolean... broken) throws IOException, InterruptedException {
        Path other = Files.createDirectories(root.resolveSibling(id));
        for (int k = 0; k < broken.length; k++) writeSet(other, 8 + k, 100 + k, broken[k]);
        addAndEmbed(store, home, id, other);
        List<StageSet> sets = new Catalog(store).sets(id, 0);
        DecisionRepository decisions = new DecisionRepository(store);
        for (int k = 0; k < sets.size(); k++) {
            StageSet set = sets.get(k);
            ImageFile kept = set.members().get(broken[k] ? 2 : 3);
            decisions.insert(Decision.from(id, "review", "past", "review").setRef(set.key()).kept(kept.name(), kept.stage())
                    .losers(set.members().stream().filter(f -> f != kept).map(ImageFile::name).toList())
                    .crop("uncropped", null).loggedAt("2025-06-01T10:00:00Z").boundTo(set.id(), kept.id())
                    .fingerprint("past:" + set.id()).build());
        }
        return sets;
    }

    /** Four stages of one scene at the hour given; stage 3 carries the break at {@link #ARTIFACT} when asked. */
    private static void writeSet(Path root, int hour, long seed, boolean broken) {
        BufferedImage scene = TestImages.scene(416, 608, seed);
        for (int s = 0; s < STAGES.length; s++) {
            String stem = String.format("20250708_%02d00%02d_%s", hour, s * 10, STAGES[s]);
            BufferedImage img = s >= 2 ? copy(scene) : ImageSource.fit(scene, 304);
            if (s == 3 && broken) plant(img, ARTIFACT);
            TestImages.write(root.resolve(stem + ".png"), img, "png");
            TestImages.text(root.resolve(stem + ".yaml"), "seed: " + s + "\n");
        }
    }

    private static void addAndEmbed(Store store, Path home, String id, Path root) throws IOException, InterruptedException {
        Catalog catalog = new Catalog(store);
        catalog.addProject(id, root, id);
        catalog.scan(id, ProgressReporter.silent());
        try (Embedder e = Embedders.open("pixels", Embedders.Options.defaults(id, 1))) {
            new EmbedPipeline(store, home).run(id, e, 1, ProgressReporter.silent(), StopSignal.never());
        }
    }

    private static BufferedImage copy(BufferedImage img) {
        BufferedImage c = new BufferedImage(img.getWidth(), img.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        c.getGraphics().drawImage(img, 0, 0, null);
        return c;
    }

    /** A break as a generator leaves one: a blotch of noisy, wrongly coloured texture inside the box. */
    private static void plant(BufferedImage img, CropBox box) {
        int[] r = box.toPixels(img.getWidth(), img.getHeight());
        Random rnd = new Random(3);
        for (int y = r[1]; y < r[1] + r[3]; y++) {
            for (int x = r[0]; x < r[0] + r[2]; x++) {
                int v = rnd.nextInt(256);
                img.setRGB(x, y, (v << 16) | ((255 - v) << 8) | rnd.nextInt(256));
            }
        }
    }

    /** A review batch (time order) holding every set of the fixture, as the queue would make it. */
    ReviewBatchRow batchOfAllSets() {
        return new ReviewBatchRepository(store).create(PROJECT, "time", sets.stream().map(s -> new ReviewBatchRepository.NewSet(
                s.id(), s.key(), s.members().stream().map(ImageFile::id).toList())).toList());
    }

    /** The change feature names a set's members carry, sorted (as a feature schema lists them). */
    List<String> changeNames(StageSet set) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        new ChangeFeatureRepository(store).forSet(set.id()).values().forEach(m -> names.addAll(m.keySet()));
        return List.copyOf(names);
    }

    /** The set as the models see it, with its stored change features (no embedding: not needed to place a change). */
    SetExample asExample(StageSet set) {
        List<String> names = changeNames(set);
        Map<Long, Map<String, Double>> features = new ChangeFeatureRepository(store).forSet(set.id());
        List<Member> members = new java.util.ArrayList<>();
        for (ImageFile f : set.members()) {
            Map<String, Double> m = features.getOrDefault(f.id(), Map.of());
            double[] v = names.stream().mapToDouble(n -> m.getOrDefault(n, Double.NaN)).toArray();
            members.add(new Member(f.id(), f.name(), f.stage(), f.width(), f.height(), new float[0], v));
        }
        return new SetExample(PROJECT, set.id(), members, SetExample.UNLABELED, null);
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
