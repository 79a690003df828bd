package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTest {
    private static final List<ModelKind> RANKER = List.of(ModelKind.RANKER);

    @TempDir
    Path home;

    private final Dataset data = new SyntheticSets(8, 2, 11).generate(List.of(
            new SyntheticSets.ProjectSpec("a", 40, 0.2), new SyntheticSets.ProjectSpec("b", 40, 0.3)));

    private ModelMetadata train(Dataset d, long seed) {
        return new Trainer(home, new LearnSettings(seed, 1)).train(d, RANKER, ProgressReporter.silent()).models().get(0);
    }

    @Test
    void twoTrainingsOnTheSameDataNameTheSameDataWhateverTheSeed() {
        ModelMetadata first = train(data, 1);
        ModelMetadata second = train(data, 2);
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThat(first.provenance().dataFingerprint()).matches("[0-9a-f]{64}")
                .isEqualTo(second.provenance().dataFingerprint());
        // What was written is what is read back.
        assertThat(new ModelRegistry(home).current(ModelKind.RANKER).orElseThrow().provenance().dataFingerprint())
                .isEqualTo(second.provenance().dataFingerprint());
    }

    @Test
    void oneChangedLabelIsOtherData() {
        List<SetExample> sets = new ArrayList<>(data.sets());
        SetExample s = sets.get(5);
        sets.set(5, new SetExample(s.projectId(), s.setId(), s.members(), s.chosen() == 0 ? 1 : 0, s.crop()));
        Dataset relabelled = new Dataset(data.schema(), sets, data.projects());
        assertThat(train(relabelled, 1).provenance().dataFingerprint())
                .isNotEqualTo(train(data, 1).provenance().dataFingerprint());
    }

    @Test
    void theModelNamesTheCodeAndTheLearningLibraryItWasBuiltWith() {
        ModelMetadata m = train(data, 1);
        assertThat(m.provenance().environment().get("commit")).matches("[0-9a-f]{40}(-dirty)?|unknown");
        assertThat(m.provenance().environment().get("xgboost4j")).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
