package dev.winnow.learn;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Decision;
import dev.winnow.domain.StageSet;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.DecisionResolver;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelMismatchException;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.LearnStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLearningTest {
    private static final LearnSettings ONE_THREAD = new LearnSettings(3, 1);
    @TempDir
    Path home;

    private static Dataset data(long seed, int dim) {
        return new SyntheticSets(dim, 2, seed).generate(List.of(new SyntheticSets.ProjectSpec("a", 120, 0.15),
                new SyntheticSets.ProjectSpec("b", 100, 0.2)));
    }

    @Test
    void datasetFromTheStoreMatchesWhatWasPutInAndCountsWhatIsLeftOut() {
        Dataset d = data(1, 8);
        try (Store store = Store.open(home)) {
            LearnStore.load(store, d, "emb/v1");
            SetRepository sets = new SetRepository(store);
            StageSet first = sets.list("a", 0).get(0);
            DecisionRepository decisions = new DecisionRepository(store);
            Decision log = decisions.forSet(first.id()).get(0);
            // A later reviewer decision overrides the log and disagrees with it: one conflict.
            decisions.insert(Decision.from("a", "review", "batch1", "review")
                    .kept(first.members().get(0).name(), first.members().get(0).stage())
                    .crop("box", new CropBox(0.2, 0.2, 0.6, 0.6)).boundTo(first.id(), first.members().get(0).id())
                    .fingerprint("review-1").build());
            // A rejected set and a set with a member lacking an embedding are left out with their reasons.
            StageSet second = sets.list("a", 0).get(1);
            decisions.insert(Decision.from("a", "review", "batch1", "review").kept(null, null).crop("not_recorded", null)
                    .boundTo(second.id(), null).fingerprint("review-2").build());
            StageSet third = sets.list("a", 0).get(2);
            new EmbeddingRepository(store).save("unrelated", "emb/v1", new float[8]);
            store.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE files SET content_hash = 'gone' WHERE id = " + third.members().get(0).id()));

            Dataset built = new DatasetBuilder(store).labeled(List.of("a", "b"), "emb/v1");
            assertThat(built.schema()).isEqualTo(new FeatureSchema("emb/v1", 8, d.schema().changeNames()));
            ProjectStats a = built.projects().get(0);
            assertThat(a.sets()).isEqualTo(120);
            assertThat(a.excluded()).containsEntry(DecisionResolver.REJECTED, 1).containsEntry(DatasetBuilder.MISSING_EMBEDDING, 1);
            assertThat(a.labeled()).isEqualTo(118);
            // The rejection disagrees with the logged pick of the second set; the first disagrees unless the log agreed.
            assertThat(a.conflicts()).isEqualTo(1 + (log.chosenFileId().equals(first.members().get(0).id()) ? 0 : 1));
            SetExample overridden = built.sets().stream().filter(s -> s.setId() == first.id()).findFirst().orElseThrow();
            assertThat(overridden.chosen()).isZero();
            assertThat(overridden.crop()).isEqualTo(new CropBox(0.2, 0.2, 0.6, 0.6));
            int anomalies = (int) built.sets().stream().filter(s -> s.projectId().equals("b") && s.anomaly()).count();
            assertThat(built.projects().get(1).anomalies()).isEqualTo(anomalies).isPositive();
        }
    }

    @Test
    void trainSavesVersionedModelsWithProvenanceAndPredictStoresEverySet() throws Exception {
        try (Store store = Store.open(home)) {
            LearnStore.load(store, data(2, 8), "emb/v1");
            TrainReport t = new Trainer(home, ONE_THREAD).train(store, List.of(), null, List.of(ModelKind.values()), ProgressReporter.silent());
            assertThat(t.models()).extracting(ModelMetadata::kind).containsExactly(ModelKind.RANKER, ModelKind.ANOMALY, ModelKind.CROP);
            assertThat(t.notes()).isEmpty();
            ModelMetadata ranker = t.models().get(0);
            assertThat(ranker.version()).isEqualTo("v1");
            assertThat(ranker.provenance().projects()).containsExactly("a", "b");
            assertThat(ranker.provenance().embedderId()).isEqualTo("emb/v1");
            assertThat(ranker.headline()).containsKeys("top1", "top1_highest_stage");
            Path dir = new ModelRegistry(home).dir(ModelKind.RANKER, "v1");
            assertThat(dir.resolve("ranker.ubj")).isRegularFile();
            assertThat(Files.readString(dir.resolve("metadata.json"))).contains("\"seed\" : 3", "featureCode", "emb/v1");

            PredictReport p = new Predictor(store, home).predict("b", null, ProgressReporter.silent());
            assertThat(p.predicted()).isEqualTo(100);
            assertThat(p.prior().source()).contains("100 labeled sets");
            List<PredictionRow> rows = new PredictionRepository(store).forProject("b");
            // The detector's flag is stored as predict counted it (the reviewer shows it, not a cut of its own).
            assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.flagged())).count()).isEqualTo(p.flagged()).isPositive();
            assertThat(rows).hasSize(100).allSatisfy(r -> {
                assertThat(r.rankerVersion()).isEqualTo("v1");
                assertThat(r.anomalyVersion()).isEqualTo("v1");
                assertThat(r.confidence()).isBetween(0.0, 1.0);
                assertThat(r.reason()).contains("kept stage ");
                assertThat(r.scores()).containsKey(r.pickFileId());
            });

            StatusReport s = new LearnStatus(store, home).status(List.of());
            assertThat(s.projects()).extracting(StatusReport.ProjectStatus::predicted).containsExactly(0L, 100L);
            assertThat(s.projects().get(0).embeddedByEmbedder()).containsEntry("emb/v1", (long) s.projects().get(0).files());
            assertThat(s.currentModels()).hasSize(3);

            TrainReport again = new Trainer(home, ONE_THREAD).train(store, List.of("a"), null, List.of(ModelKind.RANKER), ProgressReporter.silent());
            assertThat(again.models().get(0).version()).isEqualTo("v2");
            assertThat(new ModelRegistry(home).current(ModelKind.RANKER)).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("v2"));
        }
    }

    @Test
    void aModelIsRefusedWhenTheDataComesFromAnotherEmbedderOrFeatureSchema() {
        try (Store store = Store.open(home)) {
            LearnStore.load(store, data(3, 8), "emb/v1");
            new Trainer(home, ONE_THREAD).train(store, List.of(), null, List.of(ModelKind.values()), ProgressReporter.silent());
        }
        Path other = home.resolve("other");
        try (Store store = Store.open(other)) {
            LearnStore.load(store, data(4, 8), "emb/v2");
            copyModels(home, other);
            assertThatThrownBy(() -> new Predictor(store, other).predict("a", null, ProgressReporter.silent()))
                    .isInstanceOf(ModelMismatchException.class)
                    .hasMessageContaining("ranker v1 refused").hasMessageContaining("emb/v1").hasMessageContaining("emb/v2");
            assertThat(new PredictionRepository(store).forProject("a")).isEmpty();
        }
        Path wider = home.resolve("wider");
        try (Store store = Store.open(wider)) {
            LearnStore.load(store, data(5, 12), "emb/v1");
            copyModels(home, wider);
            assertThatThrownBy(() -> new Predictor(store, wider).predict("a", null, ProgressReporter.silent()))
                    .isInstanceOf(ModelMismatchException.class).hasMessageContaining("8-dimensional").hasMessageContaining("12");
        }
    }

    @Test
    void predictingAProjectTheModelsWereTrainedWithoutSaysToTrainAgain() throws Exception {
        try (Store store = Store.open(home)) {
            LearnStore.load(store, data(4, 8), "emb/v1");
            new Trainer(home, ONE_THREAD).train(store, List.of("a"), null, List.of(ModelKind.values()), ProgressReporter.silent());
            PredictReport b = new Predictor(store, home).predict("b", null, ProgressReporter.silent());
            assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("never saw this project's pictures", "winnow train"));
            assertThat(new Predictor(store, home).predict("a", null, ProgressReporter.silent()).notes())
                    .noneSatisfy(n -> assertThat(n).contains("never saw"));
        }
    }

    private static void copyModels(Path from, Path to) {
        try (var files = Files.walk(from.resolve("models"))) {
            for (Path p : files.toList()) {
                Path target = to.resolve("models").resolve(from.resolve("models").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
