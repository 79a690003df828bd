package dev.winnow.learn;

import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.SetRepository;
import dev.winnow.domain.StageSet;
import dev.winnow.store.Store;
import dev.winnow.testing.LearnStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17.6: a member whose image failed to decode at embed time is never proposed as a pick. */
class UndecodableMemberTest {
    @TempDir
    Path home;

    /** Marks a file as embed marks an image that would not decode: its content hash has a failure and no vector. */
    private static void failDecode(Store store, ImageFile f) {
        String hash = "undecodable-" + f.id();
        new FileRepository(store).setContentHash(f.id(), hash);
        new DecodeFailureRepository(store).save(hash, "corrupt", "zlib: invalid distance too far back");
    }

    @Test
    void theHighestStageFailingToDecodeIsNeverThePickAndASetWithOneDecodableMemberIsNotPredicted() throws Exception {
        Dataset data = new SyntheticSets(8, 2, 11).generate(List.of(new SyntheticSets.ProjectSpec("a", 120, 0.15),
                new SyntheticSets.ProjectSpec("b", 80, 0.15)));
        try (Store store = Store.open(home)) {
            LearnStore.load(store, data, "emb/v1");
            new Trainer(home, new LearnSettings(3, 1)).train(store, List.of(), null, List.of(ModelKind.RANKER, ModelKind.ANOMALY),
                    ProgressReporter.silent());
            Map<Long, Long> failedBySet = new HashMap<>();
            int tooFew = 0;
            for (StageSet s : new SetRepository(store).list("b", 0)) {
                if (s.members().size() == 2) {
                    failDecode(store, s.members().get(0));
                    tooFew++;
                } else {
                    // The member "always the highest stage" would pick.
                    failDecode(store, s.highest());
                    failedBySet.put(s.id(), s.highest().id());
                }
            }
            assertThat(failedBySet).isNotEmpty();
            PredictReport p = new Predictor(store, home).predict("b", null, ProgressReporter.silent());
            assertThat(p.predicted()).isEqualTo(failedBySet.size());
            assertThat(p.skipped()).containsEntry(DatasetBuilder.TOO_FEW_DECODABLE, tooFew);
            List<PredictionRow> rows = new PredictionRepository(store).forProject("b");
            assertThat(rows).hasSize(failedBySet.size()).allSatisfy(r -> {
                long failed = failedBySet.get(r.setId());
                assertThat(r.pickFileId()).isNotEqualTo(failed);
                assertThat(r.scores()).doesNotContainKey(failed);
                assertThat(r.reason()).contains("not considered (the image failed to decode)");
            });

            Dataset labeled = new DatasetBuilder(store).labeled(List.of("b"), "emb/v1");
            assertThat(labeled.projects().get(0).excluded())
                    .as("a labeled set with an undecodable member is left out of training, with its reason")
                    .containsEntry(DatasetBuilder.UNDECODABLE, failedBySet.size() + tooFew);
        }
    }
}
