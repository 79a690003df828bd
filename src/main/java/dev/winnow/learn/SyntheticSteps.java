package dev.winnow.learn;

import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.data.StepEvidenceSource;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small painted images for the members of synthetic sets, mapped to step evidence exactly as `winnow embed` maps
 * real ones: the anomaly detector needs pixels, which {@link SyntheticSets} does not have. Each set is a few soft
 * shapes over a gradient; every stage step changes the whole picture a little (contrast, colour cast, grain), as
 * processing does; in a broken set the step above the kept member paints one local artifact that stays in every
 * later stage. A few broken sets carry no artifact (the curator's whim), so nothing can be perfect.
 * Deterministic for a seed and set id.
 */
public final class SyntheticSteps {
    static final int LONG_SIDE = 96;
    static final int SHORT_SIDE = 64;
    private static final double SILENT_SHARE = 0.05;

    private final long seed;
    private final StepEvidenceMapper mapper = new StepEvidenceMapper();

    public SyntheticSteps(long seed) {
        this.seed = seed;
    }

    /** {@code data} with the step evidence of all its stage sets attached (mapped in parallel, held in memory). */
    public Dataset attach(Dataset data) {
        Map<Long, List<StepEvidence>> bySet = new ConcurrentHashMap<>();
        data.allStageSets().parallelStream().forEach(s -> bySet.put(s.setId(), map(s)));
        return data.withEvidence(StepEvidenceSource.of(bySet));
    }

    /** The step evidence of one set, painted from its id (its label decides where the artifact goes). */
    public List<StepEvidence> map(SetExample set) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + set.setId());
        boolean landscape = rnd.nextBoolean();
        int w = landscape ? LONG_SIDE : SHORT_SIDE, h = landscape ? SHORT_SIDE : LONG_SIDE;
        float[][] rgb = scene(rnd, w, h);
        int brokenFrom = set.labeled() && set.anomaly() && rnd.nextDouble() >= SILENT_SHARE ? set.chosen() + 1 : -1;
        double[] artifact = artifact(rnd, w, h);
        List<StepEvidenceMapper.Member> members = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) process(rgb, rnd);
            if (i == brokenFrom) paintArtifact(rgb, w, h, artifact, rnd);
            members.add(new StepEvidenceMapper.Member(set.member(i).stage(), image(rgb, w, h)));
        }
        return mapper.map(members, rnd.nextLong());
    }

    /** A vertical gradient between two colours and four soft ellipses. */
    private static float[][] scene(SplittableRandom rnd, int w, int h) {
        float[][] rgb = new float[3][w * h];
        double[] top = colour(rnd), bottom = colour(rnd);
        for (int y = 0; y < h; y++) {
            double t = (double) y / (h - 1);
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) rgb[c][y * w + x] = (float) (top[c] * (1 - t) + bottom[c] * t);
            }
        }
        for (int k = 0; k < 4; k++) {
            double cx = rnd.nextDouble() * w, cy = rnd.nextDouble() * h;
            double rx = (0.1 + 0.25 * rnd.nextDouble()) * w, ry = (0.1 + 0.25 * rnd.nextDouble()) * h;
            double[] col = colour(rnd);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double d = Math.pow((x - cx) / rx, 2) + Math.pow((y - cy) / ry, 2);
                    double a = 1 / (1 + Math.exp(4 * (d - 1)));
                    for (int c = 0; c < 3; c++) rgb[c][y * w + x] = (float) (rgb[c][y * w + x] * (1 - a) + col[c] * a);
                }
            }
        }
        return rgb;
    }

    /** One processing stage: a slight contrast change and colour cast over the whole picture, and fresh grain. */
    private static void process(float[][] rgb, SplittableRandom rnd) {
        double gain = 1 + 0.06 * rnd.nextGaussian();
        for (int c = 0; c < 3; c++) {
            double cast = 4 * rnd.nextGaussian();
            for (int i = 0; i < rgb[c].length; i++) {
                rgb[c][i] = clamp((rgb[c][i] - 128) * gain + 128 + cast + 2.5 * rnd.nextGaussian());
            }
        }
    }

    /** Centre x, y and radius of the artifact a broken step would paint. */
    private static double[] artifact(SplittableRandom rnd, int w, int h) {
        double r = (0.08 + 0.07 * rnd.nextDouble()) * Math.min(w, h);
        return new double[] {r + rnd.nextDouble() * (w - 2 * r), r + rnd.nextDouble() * (h - 2 * r), r};
    }

    /** A local blotch: the region pulled towards a wrong colour with a hard edge, as a broken face or limb reads. */
    private static void paintArtifact(float[][] rgb, int w, int h, double[] a, SplittableRandom rnd) {
        double[] wrong = colour(rnd);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x - a[0], y - a[1]) / a[2];
                if (d > 1) continue;
                for (int c = 0; c < 3; c++) rgb[c][y * w + x] = (float) (0.3 * rgb[c][y * w + x] + 0.7 * wrong[c]);
            }
        }
    }

    private static double[] colour(SplittableRandom rnd) {
        return new double[] {30 + 195 * rnd.nextDouble(), 30 + 195 * rnd.nextDouble(), 30 + 195 * rnd.nextDouble()};
    }

    private static BufferedImage image(float[][] rgb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                img.setRGB(x, y, (Math.round(rgb[0][i]) << 16) | (Math.round(rgb[1][i]) << 8) | Math.round(rgb[2][i]));
            }
        }
        return img;
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(255, v));
    }
}
