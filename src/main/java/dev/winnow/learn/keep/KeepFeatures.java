package dev.winnow.learn.keep;

import dev.winnow.imaging.SubjectProfile;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.features.EmbeddingProjection;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.features.RowWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per single: the picture's own stage, size and aspect, what it shows (embedding components) and its
 * subject profile. A single has no stage pair, so no change features, and nothing to be relative to.
 */
final class KeepFeatures {
    private final EmbeddingProjection content;
    private final List<String> names;

    KeepFeatures(EmbeddingProjection content) {
        this.content = content;
        List<String> n = new ArrayList<>(List.of("stage", "log_pixels", "aspect"));
        for (int k = 0; k < content.size(); k++) n.add("emb_pc" + k);
        n.addAll(SubjectProfile.names());
        names = List.copyOf(n);
    }

    List<String> names() {
        return names;
    }

    FeatureMatrix rows(List<Member> pictures) {
        FeatureMatrix.Builder b = new FeatureMatrix.Builder(names.size());
        for (Member m : pictures) {
            b.add(new RowWriter(names.size()).add(m.stage()).add(m.logPixels()).add(m.aspect())
                    .addAll(content.project(m.embedding())).addAll(m.subject()).done());
        }
        return b.build();
    }
}
