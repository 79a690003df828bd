package dev.winnow.learn.model;

import dev.winnow.common.CropBox;
import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DataFingerprintTest {
    private final Dataset data = new SyntheticSets(8, 2, 3).generate(List.of(
            new SyntheticSets.ProjectSpec("a", 30, 0.2), new SyntheticSets.ProjectSpec("b", 30, 0.3)));

    @Test
    void theSameSetsInAnyOrderGiveTheSameFingerprint() {
        List<SetExample> shuffled = new ArrayList<>(data.sets());
        Collections.shuffle(shuffled, new Random(4));
        assertThat(DataFingerprint.of(shuffled, data.schema())).isEqualTo(DataFingerprint.of(data.sets(), data.schema()))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void aChangedLabelCropSetOrSchemaGivesAnotherFingerprint() {
        String base = DataFingerprint.of(data.sets(), data.schema());
        List<SetExample> sets = data.sets();
        SetExample first = sets.get(0);
        int otherPick = first.chosen() == 0 ? 1 : 0;
        assertThat(DataFingerprint.of(replaceFirst(sets, new SetExample(first.projectId(), first.setId(), first.members(),
                otherPick, first.crop())), data.schema())).isNotEqualTo(base);
        assertThat(DataFingerprint.of(replaceFirst(sets, new SetExample(first.projectId(), first.setId(), first.members(),
                first.chosen(), new CropBox(0.1, 0.1, 0.9, 0.9))), data.schema())).isNotEqualTo(base);
        assertThat(DataFingerprint.of(sets.subList(1, sets.size()), data.schema())).isNotEqualTo(base);
        FeatureSchema otherEmbedder = new FeatureSchema("other/v1", data.schema().embeddingDim(), data.schema().changeNames());
        assertThat(DataFingerprint.of(sets, otherEmbedder)).isNotEqualTo(base);
    }

    private static List<SetExample> replaceFirst(List<SetExample> sets, SetExample first) {
        List<SetExample> out = new ArrayList<>(sets);
        out.set(0, first);
        return out;
    }
}
