package dev.winnow.learn.rank;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.features.RowWriter;
import dev.winnow.learn.features.SetView;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per set member: its own stage, size and change features, and the same relative to its set (rank, gap
 * to the highest stage, change features minus the highest member's, embedding deviation from the set mean and
 * similarity to the mean and to the highest member).
 */
final class RankFeatures {
    private final DeviationBasis deviations;
    private final List<String> names;

    RankFeatures(FeatureSchema schema, DeviationBasis deviations) {
        this.deviations = deviations;
        List<String> n = new ArrayList<>(List.of("stage", "stage_rank", "stage_rank_from_top", "is_highest", "set_size",
                "stage_gap_to_top", "log_pixels", "aspect", "log_pixels_vs_top", "emb_cos_mean", "emb_cos_top",
                "emb_cos_lower", "emb_cos_higher", "emb_dist_mean"));
        n.addAll(deviations.names("emb_dev"));
        n.addAll(schema.changePairs("chg_", "_vs_top"));
        names = List.copyOf(n);
    }

    List<String> names() {
        return names;
    }

    /** Rows of every member of every set, set after set, members in stage order. */
    FeatureMatrix rows(List<SetExample> sets) {
        FeatureMatrix.Builder b = new FeatureMatrix.Builder(names.size());
        for (SetExample s : sets) {
            SetView v = new SetView(s);
            for (int i = 0; i < s.size(); i++) b.add(row(v, i));
        }
        return b.build();
    }

    private float[] row(SetView v, int i) {
        SetExample s = v.set;
        Member m = s.member(i);
        Member top = s.member(s.highest());
        RowWriter r = new RowWriter(names.size())
                .add(m.stage()).add(i).add(s.highest() - i).add(i == s.highest()).add(s.size())
                .add(top.stage() - m.stage()).add(m.logPixels()).add(m.aspect()).add(m.logPixels() - top.logPixels())
                .add(v.cosineToMean(i)).add(v.cosine(i, s.highest()))
                .add(i > 0 ? v.cosine(i, i - 1) : Double.NaN).add(i < s.highest() ? v.cosine(i, i + 1) : Double.NaN)
                .add(v.distanceToMean(i))
                .addAll(deviations.project(v.deviation(i)))
                .addChangePairs(m.change(), top.change());
        return r.done();
    }
}
