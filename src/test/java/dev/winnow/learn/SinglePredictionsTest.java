package dev.winnow.learn;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.keep.KeepModel;
import dev.winnow.learn.keep.KeepTrainer;
import dev.winnow.store.PredictionRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Singles without a keep model: the picture, confidence zero. With one: keep or suggest rejecting, and how sure. */
class SinglePredictionsTest {
    private static final FeatureSchema SCHEMA = new FeatureSchema("test", 4, List.of());
    private static final Map<String, String> VERSIONS = Map.of("keep", "v7");

    @Test
    void withoutAKeepModelASingleIsThePictureWithConfidenceZero() {
        List<PredictionRow> rows = new SinglePredictions(null, null).rows(List.of(single(1, true, new Random(1))),
                VERSIONS, "now");
        assertThat(rows).singleElement().satisfies(p -> {
            assertThat(p.pickFileId()).isEqualTo(1001L);
            assertThat(p.confidence()).isEqualTo(SinglePredictions.UNKNOWN).isZero();
            assertThat(p.reason()).isEqualTo(SinglePredictions.REASON);
            assertThat(p.crop()).isNull();
        });
    }

    @Test
    void withAKeepModelAKeptLookingSingleIsKeptAndARejectedLookingOneSuggestedForRejection() {
        Random r = new Random(7);
        List<SetExample> decided = new ArrayList<>();
        for (int i = 0; i < 60; i++) decided.add(single(i, i % 3 != 0, r));
        KeepModel keep = new KeepTrainer(new LearnSettings(1, 1)).train(decided, SCHEMA, () -> { }).model();

        List<SetExample> fresh = List.of(single(100, true, r), single(101, false, r));
        List<PredictionRow> rows = new SinglePredictions(null, keep).rows(
                fresh.stream().map(SetExample::withoutLabels).toList(), VERSIONS, "now");
        PredictionRow kept = rows.get(0), rejected = rows.get(1);
        assertThat(kept.pickFileId()).isEqualTo(1100L);
        assertThat(kept.confidence()).isGreaterThanOrEqualTo(KeepModel.KEEP_FROM);
        assertThat(kept.reason()).contains("v7").contains("that you keep it");
        assertThat(rejected.pickFileId()).as("no pick: the reviewer shows 'reject the set'").isNull();
        assertThat(rejected.confidence()).as("1 - P(keep)").isGreaterThan(KeepModel.KEEP_FROM);
        assertThat(rejected.reason()).contains("suggests rejecting");
    }

    /** A single whose embedding says whether it was kept (first coordinate), the rest noise. */
    private static SetExample single(int i, boolean kept, Random r) {
        float[] v = {kept ? 1f : -1f, (float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian()};
        v[0] += (float) (0.3 * r.nextGaussian());
        Member m = new Member(1000L + i, "IMG_" + i + ".jpg", 0, 200, 292, v, new double[0]);
        return new SetExample("p", i, List.of(m), kept ? 0 : SetExample.UNLABELED, null);
    }
}
