package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.SubjectProfile;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Fold;
import dev.winnow.learn.data.Folds;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.eval.CropMetrics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crop proposer judged leave-one-project-out on sets whose subject profile says where the subject is: it must
 * beat the bucket's median box when the curator's box follows the subject, and must not when boxes are random.
 */
class CropFollowsSubjectTest {
    private static final LearnSettings ONE_THREAD = new LearnSettings(5, 1);
    private static final FeatureSchema SCHEMA = new FeatureSchema("test", 4, List.of());
    private static final List<String> NAMES = SubjectProfile.names();

    /** Three projects that place their subjects differently; {@code follow} says whether boxes follow the subject. */
    private static List<SetExample> sets(boolean follow, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<SetExample> out = new ArrayList<>();
        long id = 1;
        double[][] placement = {{0.35, 0.3}, {0.5, 0.45}, {0.62, 0.35}};
        for (int p = 0; p < placement.length; p++) {
            for (int i = 0; i < 110; i++) {
                double sx = clamp(placement[p][0] + 0.12 * r.nextGaussian());
                double sy = clamp(placement[p][1] + 0.1 * r.nextGaussian());
                double extent = 0.08 + 0.1 * r.nextDouble();
                double[] subject = profile(sx, sy, extent, r);
                List<Member> members = new ArrayList<>();
                for (double stage : new double[] {1, 2}) {
                    float[] emb = new float[SCHEMA.embeddingDim()];
                    for (int k = 0; k < emb.length; k++) emb[k] = (float) r.nextGaussian();
                    members.add(new Member(id * 10 + (long) stage, "f" + id + ".png", stage, 832, 1216, emb, new double[0],
                            subject));
                }
                out.add(new SetExample("p" + p, id++, members, 1, follow ? following(sx, sy, extent, r) : random(r)));
            }
        }
        return out;
    }

    /** The profile a subject at (sx, sy) of the given extent leaves, with measurement noise. */
    private static double[] profile(double sx, double sy, double extent, SplittableRandom r) {
        double[] v = new double[NAMES.size()];
        double[] z = {-1.6, -0.7, 0, 0.7, 1.6};
        for (int i = 0; i < v.length; i++) {
            String n = NAMES.get(i);
            double centre = n.contains("_x_") ? sx : sy;
            double noise = 0.02 * r.nextGaussian();
            if (n.contains("_q")) {
                int q = List.of("_q05", "_q25", "_q50", "_q75", "_q95").indexOf(n.substring(n.lastIndexOf("_q")));
                v[i] = clamp(centre + z[q] * extent + noise);
            } else if (n.endsWith("_mean")) {
                v[i] = clamp(centre + noise);
            } else if (n.endsWith("_spread")) {
                v[i] = extent + 0.01 * r.nextGaussian();
            } else {
                v[i] = n.equals(SubjectProfile.VERSION_KEY) ? SubjectProfile.VERSION : r.nextDouble() / 64;
            }
        }
        return v;
    }

    /** A box on the subject, its size following the subject's extent; some images kept whole. */
    private static CropBox following(double sx, double sy, double extent, SplittableRandom r) {
        if (r.nextDouble() < 0.1) return CropBox.FULL;
        return CropGeometry.box(sx + 0.02 * r.nextGaussian(), sy + 0.12 + 0.02 * r.nextGaussian(),
                0.3 + 2.5 * extent + 0.03 * r.nextGaussian());
    }

    private static CropBox random(SplittableRandom r) {
        if (r.nextDouble() < 0.1) return CropBox.FULL;
        return CropGeometry.box(0.3 + 0.4 * r.nextDouble(), 0.3 + 0.4 * r.nextDouble(), 0.45 + 0.35 * r.nextDouble());
    }

    private static double clamp(double v) {
        return Math.max(0.02, Math.min(0.98, v));
    }

    private static CropMetrics leaveOneProjectOut(List<SetExample> sets) {
        List<CropOutcome> outcomes = new ArrayList<>();
        for (Fold f : Folds.leaveOneProjectOut(sets)) {
            CropModel model = new CropTrainer(ONE_THREAD).train(f.train(), SCHEMA, () -> { }).model();
            outcomes.addAll(CropTrainer.outcomes(model, f.test()));
        }
        return CropMetrics.of(outcomes);
    }

    @Test
    void aBoxThatFollowsTheSubjectIsLearnedOnProjectsNeverSeen() {
        CropMetrics m = leaveOneProjectOut(sets(true, 1));

        assertThat(m.meanIou().model()).isGreaterThan(m.meanIou().baselines().get(CropMetrics.BUCKET) + 0.1);
        assertThat(m.meanIou().model()).isGreaterThan(m.meanIou().baselines().get(CropMetrics.FULL) + 0.1);
    }

    @Test
    void randomBoxesDoNotBeatTheBucketMedianBox() {
        CropMetrics m = leaveOneProjectOut(sets(false, 2));

        assertThat(m.meanIou().model()).isLessThan(m.meanIou().baselines().get(CropMetrics.BUCKET) + 0.02);
    }
}
