package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.features.RowWriter;
import dev.winnow.learn.features.SetView;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per set, about its highest stage: how far it moved away from the stage below it and from the set, in
 * embedding and in change features. That is where a broken face or a lost detail shows.
 */
final class AnomalyFeatures {
    private final DeviationBasis deviations;
    private final List<String> names;

    AnomalyFeatures(FeatureSchema schema, DeviationBasis deviations) {
        this.deviations = deviations;
        List<String> n = new ArrayList<>(List.of("set_size", "top_stage", "stage_gap", "top_log_pixels_vs_below",
                "emb_cos_top_below", "emb_cos_top_mean", "emb_cos_top_lowest", "emb_dist_top_mean"));
        n.addAll(deviations.names("emb_top_dev"));
        n.addAll(deviations.names("emb_top_vs_below"));
        n.addAll(schema.changePairs("chg_top_", "_vs_below"));
        names = List.copyOf(n);
    }

    List<String> names() {
        return names;
    }

    FeatureMatrix rows(List<SetExample> sets) {
        FeatureMatrix.Builder b = new FeatureMatrix.Builder(names.size());
        for (SetExample s : sets) b.add(row(new SetView(s)));
        return b.build();
    }

    private float[] row(SetView v) {
        SetExample s = v.set;
        int top = s.highest();
        int below = top - 1;
        RowWriter r = new RowWriter(names.size())
                .add(s.size()).add(s.member(top).stage()).add(s.member(top).stage() - s.member(below).stage())
                .add(s.member(top).logPixels() - s.member(below).logPixels())
                .add(v.cosine(top, below)).add(v.cosineToMean(top)).add(v.cosine(top, 0)).add(v.distanceToMean(top))
                .addAll(deviations.project(v.deviation(top)))
                .addAll(deviations.project(v.difference(top, below)))
                .addChangePairs(s.member(top).change(), s.member(below).change());
        return r.done();
    }
}
