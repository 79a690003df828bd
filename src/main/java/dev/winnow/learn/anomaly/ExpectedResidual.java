package dev.winnow.learn.anomaly;

import dev.winnow.imaging.evidence.EvidenceNames;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepVariant;
import dev.winnow.imaging.evidence.TilePlanes;
import dev.winnow.learn.data.StepEvidenceSource;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.fit.BoostedTrees;
import dev.winnow.learn.fit.TreeParams;
import dev.winnow.learn.model.JsonFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a stage step leaves unexplained where nothing broke. A global model of the step (imaging) explains a
 * resample, a tone curve or sharpening, but not a face redrawn by a face swap or hair strands an upscaler invents:
 * those leave residual in some kinds of region at some steps, every time. Per residual map this model learns the
 * residual a tile usually has, given the lower image's content around it and the step ({@link TileInputs}), and
 * the usual spread around that expectation per step; {@link #z} then measures a variant's tiles in those units, so
 * what stands out is what the step does not usually do there.
 *
 * <p>It is fitted without labels, on the clean steps of every set it is given: a break covers a few tiles of a few
 * sets, too little to move a fit over all tiles. Measured on the demo, held out by project (PR-AUC of the step
 * detector trained on planted defects): 0.59 without this normalisation, 0.73 with it fitted on the other projects,
 * 0.85 fitted on every project's steps including the held-out one (its images, never its labels, as `winnow train`
 * does for a project before predicting it); on the photo set 0.96 either way.
 */
public final class ExpectedResidual {
    /** Maps modelled on a log scale (energies: relative size is what matters), with the floor added first. */
    static final Map<String, Double> LOG_FLOORS = Map.of("all", 2e-3, "hi", 2e-3, "lo", 2e-3, "hi_rel", 0.02,
            "chroma", 2e-3, "hi_w23", 2e-3);
    /** Tiles the fit learns from, at most: about 3 s per map on two cores; more changed nothing measurable. */
    static final int MAX_TILES = 120_000;
    /** Tiles drawn from each step before the overall cap: many steps, a few tiles each, for variety. */
    static final int TILES_PER_STEP = 96;
    private static final String FILE_PREFIX = "expected-";

    /** Per map: the robust spread of actual around expected, by step key ("1.5→2") and over all steps ("*"). */
    record State(List<String> maps, List<String> inputs, Map<String, Map<String, Double>> spread, int tiles) {
    }

    private final State state;
    private final List<BoostedTrees> trees;

    private ExpectedResidual(State state, List<BoostedTrees> trees) {
        this.state = state;
        this.trees = trees;
    }

    /** Fitted on the clean steps of {@code setIds} (no labels are read). */
    static ExpectedResidual fit(StepEvidenceSource source, Collection<Long> setIds, TreeParams params) {
        TileSample sample = new TileSample(new Random(params.seed()));
        source.forEach(setIds, (id, steps) -> steps.forEach(sample::offer));
        if (sample.size() == 0) throw new IllegalArgumentException("no step evidence to learn the expected change from: run `winnow embed`");
        List<String> maps = EvidenceNames.TILE_MAPS;
        int n = sample.size(), width = TileInputs.NAMES.size();
        float[] x = new float[n * width];
        for (int i = 0; i < n; i++) System.arraycopy(sample.inputs.get(i), 0, x, i * width, width);
        FeatureMatrix matrix = new FeatureMatrix(x, n, width);
        List<BoostedTrees> trees = new ArrayList<>();
        Map<String, Map<String, Double>> spread = new HashMap<>();
        for (int m = 0; m < maps.size(); m++) {
            float[] y = new float[n];
            for (int i = 0; i < n; i++) y[i] = sample.targets.get(i)[m];
            BoostedTrees t = BoostedTrees.train(matrix, y, null, params);
            float[] fitted = t.predict(matrix);
            Map<String, List<Float>> residuals = new HashMap<>();
            for (int i = 0; i < n; i++) {
                float r = y[i] - fitted[i];
                residuals.computeIfAbsent(sample.steps.get(i), k -> new ArrayList<>()).add(r);
                residuals.computeIfAbsent("*", k -> new ArrayList<>()).add(r);
            }
            Map<String, Double> s = new HashMap<>();
            residuals.forEach((k, v) -> s.put(k, mad(v)));
            spread.put(maps.get(m), s);
            trees.add(t);
        }
        return new ExpectedResidual(new State(maps, TileInputs.NAMES, spread, n), trees);
    }

    /** Per step, per map, the expected (transformed) value of every tile; one prediction pass per map. */
    List<float[][]> expected(List<StepEvidence> steps) {
        int width = TileInputs.NAMES.size(), total = 0;
        List<float[]> inputs = new ArrayList<>();
        for (StepEvidence s : steps) {
            inputs.add(TileInputs.of(s));
            total += s.descriptors().tiles();
        }
        float[] x = new float[total * width];
        int at = 0;
        for (float[] in : inputs) {
            System.arraycopy(in, 0, x, at, in.length);
            at += in.length;
        }
        FeatureMatrix matrix = new FeatureMatrix(x, total, width);
        List<float[][]> out = new ArrayList<>();
        for (StepEvidence s : steps) out.add(new float[trees.size()][]);
        List<float[]> predicted = BoostedTrees.predictEach(trees, matrix);
        for (int m = 0; m < trees.size(); m++) {
            float[] p = predicted.get(m);
            int from = 0;
            for (int k = 0; k < steps.size(); k++) {
                int tiles = steps.get(k).descriptors().tiles();
                out.get(k)[m] = Arrays.copyOfRange(p, from, from + tiles);
                from += tiles;
            }
        }
        return out;
    }

    /** Per map, every tile of the variant in units of the usual spread around its expectation. */
    float[][] z(StepEvidence step, StepVariant variant, float[][] expected) {
        TilePlanes tiles = variant.tiles();
        String key = StepKey.of(step);
        float[][] z = new float[state.maps().size()][];
        for (int m = 0; m < z.length; m++) {
            String map = state.maps().get(m);
            Map<String, Double> spreads = state.spread().get(map);
            double s = spreads.getOrDefault(key, spreads.get("*"));
            float[] plane = tiles.plane(m);
            float[] e = expected[m];
            float[] out = new float[plane.length];
            for (int t = 0; t < plane.length; t++) out[t] = (float) ((transform(map, plane[t]) - e[t]) / s);
            z[m] = out;
        }
        return z;
    }

    static float transform(String map, float v) {
        Double floor = LOG_FLOORS.get(map);
        return floor == null ? v : (float) Math.log(Math.max(0, v) + floor);
    }

    /** Median absolute deviation scaled to a normal's sigma, never below a floor (a constant map has no spread). */
    private static double mad(List<Float> v) {
        float[] a = new float[v.size()];
        for (int i = 0; i < a.length; i++) a[i] = v.get(i);
        Arrays.sort(a);
        float med = a[a.length / 2];
        for (int i = 0; i < a.length; i++) a[i] = Math.abs(a[i] - med);
        Arrays.sort(a);
        return 1.4826 * a[a.length / 2] + 1e-3;
    }

    void save(Path dir) {
        for (int m = 0; m < trees.size(); m++) trees.get(m).save(dir.resolve(FILE_PREFIX + state.maps().get(m) + ".ubj"));
        JsonFiles.write(dir.resolve(FILE_PREFIX + "state.json"), state);
    }

    static ExpectedResidual load(Path dir) {
        State s = JsonFiles.read(dir.resolve(FILE_PREFIX + "state.json"), State.class);
        if (!s.maps().equals(EvidenceNames.TILE_MAPS) || !s.inputs().equals(TileInputs.NAMES)) {
            throw new IllegalStateException("the expected-change model in " + dir + " reads other evidence than this "
                    + "Winnow computes: retrain (`winnow train`)");
        }
        List<BoostedTrees> trees = new ArrayList<>();
        for (String m : s.maps()) trees.add(BoostedTrees.load(dir.resolve(FILE_PREFIX + m + ".ubj")));
        return new ExpectedResidual(s, trees);
    }

    /**
     * A uniform sample of tiles over all clean steps offered: a few random tiles of each step, kept by reservoir
     * sampling (Vitter's algorithm R) under {@link #MAX_TILES}, so memory stays flat however many sets there are.
     */
    private static final class TileSample {
        private final Random random;
        final List<float[]> inputs = new ArrayList<>();
        final List<float[]> targets = new ArrayList<>();
        final List<String> steps = new ArrayList<>();
        private long seen;

        TileSample(Random random) {
            this.random = random;
        }

        int size() {
            return inputs.size();
        }

        void offer(StepEvidence step) {
            int tiles = step.descriptors().tiles(), width = TileInputs.NAMES.size();
            float[] in = TileInputs.of(step);
            StepVariant clean = step.clean();
            String key = StepKey.of(step);
            int take = Math.min(TILES_PER_STEP, tiles);
            for (int t : pick(tiles, take)) {
                seen++;
                int slot;
                if (inputs.size() < MAX_TILES) slot = -1;
                else {
                    long r = (long) (random.nextDouble() * seen);
                    if (r >= MAX_TILES) continue;
                    slot = (int) r;
                }
                float[] row = Arrays.copyOfRange(in, t * width, (t + 1) * width);
                float[] y = new float[EvidenceNames.TILE_MAPS.size()];
                for (int m = 0; m < y.length; m++) y[m] = transform(EvidenceNames.TILE_MAPS.get(m), clean.tiles().value(m, t));
                if (slot < 0) {
                    inputs.add(row);
                    targets.add(y);
                    steps.add(key);
                } else {
                    inputs.set(slot, row);
                    targets.set(slot, y);
                    steps.set(slot, key);
                }
            }
        }

        private int[] pick(int n, int k) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int tmp = all[i];
                all[i] = all[j];
                all[j] = tmp;
            }
            return Arrays.copyOf(all, k);
        }
    }
}
