package dev.winnow.learn;

import dev.winnow.common.CropBox;
import dev.winnow.learn.crop.CropGeometry;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.data.SetExample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stage sets with a planted, imperfect signal, for tests and `winnow bench train` (no images needed).
 * In an anomaly set every member above the kept one carries an artifact: a shift along one embedding direction and
 * a raised "detail" change feature, both noisy; a few anomalies carry no signal at all (the curator's whim), so
 * no model can be perfect. Image content lives on a few latent factors (as real embeddings concentrate on a few
 * directions); crops depend on three of them and on the image's aspect.
 */
public final class SyntheticSets {
    /** The informative change features; further ones (see the constructor) are pure noise, as many real ones are. */
    public static final List<String> SIGNAL_CHANGE_NAMES = List.of("detail_change", "global_change", "tile_max");
    private static final double[] STAGES = {1, 1.5, 2, 3};
    private static final double SILENT_ANOMALY_SHARE = 0.05;
    private static final double UNCROPPED_SHARE = 0.08;
    private static final int FACTORS = 6;

    /** Projects to generate: id, sets and the share of sets where the curator kept a lower stage. */
    public record ProjectSpec(String id, int sets, double anomalyRate) {
    }

    private final int dim;
    private final List<String> changeNames;
    private final SplittableRandom rnd;
    private final float[] artifact;
    private final float[][] stageDirections;
    private final float[][] factors;
    private long nextFileId = 1;
    private long nextSetId = 1;

    public SyntheticSets(int embeddingDim, long seed) {
        this(embeddingDim, 0, seed);
    }

    /** With {@code noiseChangeFeatures} extra uninformative change features, to match a real schema's width. */
    public SyntheticSets(int embeddingDim, int noiseChangeFeatures, long seed) {
        this.dim = embeddingDim;
        List<String> names = new ArrayList<>(SIGNAL_CHANGE_NAMES);
        for (int i = 0; i < noiseChangeFeatures; i++) names.add(String.format("noise_%03d", i));
        this.changeNames = List.copyOf(names);
        this.rnd = new SplittableRandom(seed);
        this.artifact = unit();
        this.stageDirections = new float[STAGES.length][];
        for (int i = 0; i < STAGES.length; i++) stageDirections[i] = unit();
        this.factors = new float[FACTORS][];
        for (int i = 0; i < FACTORS; i++) factors[i] = unit();
    }

    public Dataset generate(List<ProjectSpec> specs) {
        List<SetExample> sets = new ArrayList<>();
        List<ProjectStats> stats = new ArrayList<>();
        for (ProjectSpec p : specs) {
            int anomalies = 0, crops = 0;
            for (int i = 0; i < p.sets(); i++) {
                SetExample s = set(p.id(), rnd.nextDouble() < p.anomalyRate());
                if (s.anomaly()) anomalies++;
                if (s.crop() != null) crops++;
                sets.add(s);
            }
            stats.add(new ProjectStats(p.id(), p.sets(), p.sets(), anomalies, crops, Map.of(), 0));
        }
        return new Dataset(new FeatureSchema("synthetic-" + dim, dim, changeNames), sets, stats);
    }

    private SetExample set(String project, boolean anomaly) {
        int size = 2 + (rnd.nextDouble() < 0.45 ? 0 : rnd.nextDouble() < 0.7 ? 1 : 2);
        double[] stages = stages(size);
        int[] dims = baseDims();
        double[] z = new double[FACTORS];
        for (int k = 0; k < FACTORS; k++) z[k] = rnd.nextGaussian();
        float[] content = content(z);
        int chosen = anomaly ? (rnd.nextDouble() < 0.8 ? size - 2 : rnd.nextInt(size - 1)) : size - 1;
        boolean visible = !anomaly || rnd.nextDouble() >= SILENT_ANOMALY_SHARE;
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean broken = anomaly && visible && i > chosen;
            int scale = stages[i] >= 2 ? 2 : 1;
            members.add(new Member(nextFileId++, "synthetic_" + nextFileId + ".png", stages[i], dims[0] * scale,
                    dims[1] * scale, embedding(content, stages[i], broken), change(i, broken)));
        }
        CropBox crop = crop(z, dims[0], dims[1]);
        return new SetExample(project, nextSetId++, members, chosen, crop);
    }

    private double[] stages(int size) {
        boolean[] take = new boolean[STAGES.length];
        take[STAGES.length - 1] = true;
        int have = 1;
        while (have < size) {
            int j = rnd.nextInt(STAGES.length - 1);
            if (!take[j]) {
                take[j] = true;
                have++;
            }
        }
        double[] out = new double[size];
        int k = 0;
        for (int j = 0; j < STAGES.length; j++) if (take[j]) out[k++] = STAGES[j];
        return out;
    }

    private int[] baseDims() {
        double u = rnd.nextDouble();
        return u < 0.55 ? new int[] {832, 1216} : u < 0.8 ? new int[] {1216, 832} : new int[] {1024, 1024};
    }

    private float[] embedding(float[] content, double stage, boolean broken) {
        float[] e = new float[dim];
        float[] stageDir = stageDirections[stageIndex(stage)];
        float[] noise = gaussian(0.35);
        for (int j = 0; j < dim; j++) {
            e[j] = content[j] + 1.5f * stageDir[j] + noise[j] + (broken ? 1.6f * artifact[j] : 0);
        }
        return e;
    }

    /** Change against the stage below (none for the lowest member: NaN, as for a comparison that does not apply). */
    private double[] change(int index, boolean broken) {
        double[] out = new double[changeNames.size()];
        if (index == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        out[0] = (broken ? 0.42 : 0.22) + 0.09 * rnd.nextGaussian();
        out[1] = 0.3 + 0.1 * rnd.nextGaussian();
        out[2] = out[0] + 0.15 + 0.12 * Math.abs(rnd.nextGaussian());
        for (int i = SIGNAL_CHANGE_NAMES.size(); i < out.length; i++) out[i] = rnd.nextDouble();
        return out;
    }

    private float[] content(double[] z) {
        float[] c = gaussian(0.3);
        for (int k = 0; k < FACTORS; k++) for (int j = 0; j < dim; j++) c[j] += (float) (2 * z[k] * factors[k][j]);
        return c;
    }

    private CropBox crop(double[] z, int w, int h) {
        if (rnd.nextDouble() < UNCROPPED_SHARE) return CropBox.FULL;
        double landscape = w > h ? 1 : 0;
        double cx = 0.5 + 0.13 * Math.tanh(z[0]) + 0.02 * rnd.nextGaussian();
        double cy = 0.36 + 0.06 * landscape + 0.1 * Math.tanh(z[1]) + 0.02 * rnd.nextGaussian();
        double side = (0.74 + 0.06 * landscape) * Math.exp(0.15 * Math.tanh(z[2]) + 0.03 * rnd.nextGaussian());
        return CropGeometry.box(cx, cy, side);
    }

    private static int stageIndex(double stage) {
        for (int i = 0; i < STAGES.length; i++) if (STAGES[i] == stage) return i;
        throw new IllegalArgumentException("unknown stage " + stage);
    }

    private float[] unit() {
        float[] v = gaussian(1.0);
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        for (int j = 0; j < v.length; j++) v[j] /= (float) n;
        return v;
    }

    private float[] gaussian(double sd) {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) v[j] = (float) (sd * rnd.nextGaussian());
        return v;
    }
}
