package dev.winnow.learn.crop;

import dev.winnow.imaging.SubjectProfile;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.EmbeddingProjection;
import dev.winnow.learn.features.RowWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per kept image: its size, stage, what it shows (embedding components), its change features and where
 * its subject is (the subject profile).
 */
final class CropFeatures {
    private final EmbeddingProjection content;
    private final List<String> names;

    CropFeatures(FeatureSchema schema, EmbeddingProjection content) {
        this.content = content;
        List<String> n = new ArrayList<>(List.of("stage", "is_highest", "set_size", "log_pixels", "aspect"));
        for (int k = 0; k < content.size(); k++) n.add("emb_pc" + k);
        for (String c : schema.changeNames()) n.add("chg_" + c);
        n.addAll(SubjectProfile.names());
        names = List.copyOf(n);
    }

    List<String> names() {
        return names;
    }

    /** A row for member {@code i} of the set: the image whose crop is wanted. */
    float[] row(SetExample s, int i) {
        Member m = s.member(i);
        RowWriter r = new RowWriter(names.size())
                .add(m.stage()).add(i == s.highest()).add(s.size()).add(m.logPixels()).add(m.aspect())
                .addAll(content.project(m.embedding()));
        for (double c : m.change()) r.add(c);
        return r.addAll(m.subject()).done();
    }
}
