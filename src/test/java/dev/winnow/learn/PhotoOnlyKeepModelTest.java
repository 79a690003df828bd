package dev.winnow.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.catalog.Catalog;
import dev.winnow.common.ProgressReporter;
import dev.winnow.embed.EmbedPipeline;
import dev.winnow.embed.Embedder;
import dev.winnow.embed.Embedders;
import dev.winnow.embed.StopSignal;
import dev.winnow.history.HistoryImporter;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.Evaluation;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.eval.KeepMetrics;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.report.EvalTable;
import dev.winnow.learn.report.Thumbnails;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.Store;
import dev.winnow.testing.CameraPhotos;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.6, a single's decision is learned: a photo-only project whose rejected photos are out of focus and
 * under-exposed teaches the keep model to tell them apart, out of fold, better than keeping every photo; with the
 * same pictures but the rejections drawn at random it must not do better than keeping every photo by more than
 * noise.
 */
class PhotoOnlyKeepModelTest {
    private static final String ID = "camera";
    private static final int PHOTOS = 120;
    private static final int REJECTED = 36;
    /** What 120 singles let pass as noise: one in twenty more right, or a PR-AUC 0.15 above the reject rate. */
    private static final double ACCURACY_NOISE = 0.05;
    private static final double PR_AUC_NOISE = 0.15;

    @Test
    void rejectedPhotosThatLookWorseAreLearnedAndPredictedAsRejects(@TempDir Path tmp) throws Exception {
        Set<Integer> dull = new HashSet<>(randomPhotos(REJECTED, 1));
        try (Store store = project(tmp, dull::contains, dull::contains)) {
            Path home = tmp.resolve("home");
            TrainReport trained = new Trainer(home, LearnSettings.defaults()).train(store, List.of(ID), null,
                    List.of(ModelKind.values()), ProgressReporter.silent());
            trained.notes().forEach(System.out::println);
            assertThat(trained.models()).extracting(ModelMetadata::kind).contains(ModelKind.KEEP);
            assertThat(trained.notes()).anyMatch(n -> n.startsWith((PHOTOS - REJECTED) + " kept and " + REJECTED + " rejected singles"));
            ModelMetadata keep = trained.models().get(trained.models().size() - 1);
            System.out.println("photo-only keep model, out of fold: " + keep.headlineText());
            Map<String, Double> h = keep.headline();
            assertThat(keep.provenance().trainingSets()).isEqualTo(PHOTOS);
            assertThat(h.get("accuracy")).as("out of fold beside keeping every photo")
                    .isGreaterThan(h.get("accuracy_keep_all") + 0.1);
            assertThat(h.get("reject_pr_auc")).as("rejects ranked first beside the reject rate")
                    .isGreaterThan(h.get("reject_pr_auc_base_rate") + 0.3);

            new Predictor(store, home).predict(ID, null, ProgressReporter.silent());
            List<PredictionRow> rows = new PredictionRepository(store).forProject(ID);
            assertThat(rows).hasSize(PHOTOS).allSatisfy(p -> assertThat(p.confidence()).isGreaterThanOrEqualTo(0.5));
            long suggestedRejects = rows.stream().filter(p -> p.pickFileId() == null).count();
            assertThat(suggestedRejects).as("in-sample, so only a sanity check: the dull photos are suggested rejects")
                    .isBetween((long) (REJECTED * 0.8), (long) (REJECTED * 1.2));

            Dataset data = new DatasetBuilder(store).labeled(List.of(ID), new DatasetBuilder(store).embedder(null));
            EvalResult eval = new Evaluation(LearnSettings.defaults()).run(data, Holdout.KFOLD, ProgressReporter.silent());
            EvalTable.lines(eval).forEach(System.out::println);
            KeepMetrics k = eval.keep();
            assertThat(k.singles()).isEqualTo(PHOTOS);
            assertThat(k.accuracy().model()).isGreaterThan(k.accuracy().baselines().get(KeepMetrics.KEEP_ALL) + 0.1);
            assertThat(k.rejectPrAuc().model()).isGreaterThan(k.rejectPrAuc().baselines().get(KeepMetrics.BASE_RATE) + 0.3);
            EvalOutput out = new Evaluator(home, LearnSettings.defaults()).write(eval, Thumbnails.NONE);
            assertThat(Files.readString(out.html())).contains("id=\"keep\"", "keep every single", "reject rate");
            JsonNode json = new ObjectMapper().readTree(out.json().toFile());
            assertThat(json.path("keep").path("accuracy").path("baselines").has(KeepMetrics.KEEP_ALL)).isTrue();
            assertThat(json.path("keep").path("rejectPrAuc").path("baselines").has(KeepMetrics.BASE_RATE)).isTrue();
        }
    }

    @Test
    void withRejectionsDrawnAtRandomTheModelDoesNotBeatKeepingEverything(@TempDir Path tmp) throws Exception {
        // The same dull photos, but which photos the curator rejected has nothing to do with them.
        Set<Integer> dull = new HashSet<>(randomPhotos(REJECTED, 1));
        Set<Integer> rejected = new HashSet<>(randomPhotos(REJECTED, 2));
        try (Store store = project(tmp, dull::contains, rejected::contains)) {
            TrainReport trained = new Trainer(tmp.resolve("home"), LearnSettings.defaults()).train(store, List.of(ID), null,
                    List.of(ModelKind.KEEP), ProgressReporter.silent());
            ModelMetadata keep = trained.models().get(0);
            System.out.println("photo-only keep model, shuffled rejections, out of fold: " + keep.headlineText());
            Map<String, Double> h = keep.headline();
            assertThat(h.get("accuracy")).isLessThanOrEqualTo(h.get("accuracy_keep_all") + ACCURACY_NOISE);
            assertThat(h.get("reject_pr_auc")).isLessThanOrEqualTo(h.get("reject_pr_auc_base_rate") + PR_AUC_NOISE);
        }
    }

    /** {@code n} distinct photo numbers in 1..PHOTOS. */
    private static List<Integer> randomPhotos(int n, long seed) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= PHOTOS; i++) all.add(i);
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, n);
    }

    /** A scanned, history-imported and embedded photo-only project: delivered photos kept, the others rejected. */
    private static Store project(Path tmp, IntPredicate dull, IntPredicate rejected) throws Exception {
        Path root = tmp.resolve("photos");
        Path finals = tmp.resolve("delivered");
        for (int i = 1; i <= PHOTOS; i++) {
            BufferedImage photo = CameraPhotos.photo(i);
            if (dull.test(i)) photo = CameraPhotos.dull(photo);
            TestImages.write(root.resolve(CameraPhotos.name(i)), photo, "jpg");
            if (!rejected.test(i)) TestImages.write(finals.resolve(CameraPhotos.name(i)), photo, "jpg");
        }
        Path home = tmp.resolve("home");
        Store store = Store.open(home);
        try {
            load(store, root, finals, home);
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static void load(Store store, Path root, Path finals, Path home) throws Exception {
        Catalog catalog = new Catalog(store);
        catalog.addProject(ID, root, null);
        catalog.scan(ID, ProgressReporter.silent());
        new HistoryImporter(store).recover(ID, root, finals, ProgressReporter.silent());
        try (Embedder e = Embedders.open("pixels", Embedders.Options.defaults(ID, 1))) {
            new EmbedPipeline(store, home).run(ID, e, 1, ProgressReporter.silent(), StopSignal.never());
        }
    }
}
