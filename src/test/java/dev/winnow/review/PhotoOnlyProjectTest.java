package dev.winnow.review;

import dev.winnow.catalog.Catalog;
import dev.winnow.catalog.ScanReport;
import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.embed.EmbedPipeline;
import dev.winnow.embed.Embedder;
import dev.winnow.embed.Embedders;
import dev.winnow.embed.StopSignal;
import dev.winnow.history.HistoryImporter;
import dev.winnow.history.HistoryReport;
import dev.winnow.learn.PredictReport;
import dev.winnow.learn.Predictor;
import dev.winnow.learn.TrainReport;
import dev.winnow.learn.Trainer;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.DecisionResolver;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.CameraPhotos;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.6: a photo-only project — a camera's IMG_0001.jpg …, no stage in any name, so every picture is a set
 * of one — goes the whole way: history recovers what was kept and its crop, the crop proposer learns from it and the
 * keep model from what was kept and what was rejected (the ranker and the anomaly detector skip it), predict
 * proposes crops and keep or reject, the reviewer in real headless Chromium shows a single with its crop and takes
 * keep, keep uncropped and reject, and finalize moves the files.
 */
class PhotoOnlyProjectTest extends BrowserTestBase {
    private static final String ID = "photos";
    private static final int PHOTOS = 100;
    private static final int KEPT = 70;

    @Test
    void aPhotoOnlyProjectIsTrainedPredictedReviewedAndFinalized(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("camera");
        Path finals = tmp.resolve("delivered");
        Random r = new Random(1306);
        for (int i = 1; i <= PHOTOS; i++) {
            BufferedImage photo = CameraPhotos.photo(i);
            String name = CameraPhotos.name(i);
            // Not delivered, rejected: out of focus and dark, which the keep model can learn.
            if (i > KEPT) {
                TestImages.write(root.resolve(name), CameraPhotos.dull(photo), "jpg");
                continue;
            }
            TestImages.write(root.resolve(name), photo, "jpg");
            // The curator crops most photos top-anchored to about 70%, keeping the aspect; some stay whole.
            double s = i % 5 == 0 ? 1.0 : 0.62 + 0.16 * r.nextDouble();
            int w = (int) Math.round(CameraPhotos.WIDTH * s), h = (int) Math.round(CameraPhotos.HEIGHT * s);
            int x = (int) Math.round((CameraPhotos.WIDTH - w) * (0.3 + 0.4 * r.nextDouble()));
            int y = (int) Math.round((CameraPhotos.HEIGHT - h) * 0.1 * r.nextDouble());
            TestImages.write(finals.resolve(name), photo.getSubimage(x, y, w, h), "jpg");
        }
        Path home = tmp.resolve("home");
        Store store = Store.open(home);
        try {
            Catalog catalog = new Catalog(store);
            catalog.addProject(ID, root, null);
            ScanReport scan = catalog.scan(ID, ProgressReporter.silent());
            assertThat(scan.sets()).isZero();
            assertThat(scan.singles()).isEqualTo(PHOTOS);

            HistoryReport history = new HistoryImporter(store).recover(ID, root, finals, ProgressReporter.silent());
            assertThat(history.winners()).as("every delivered photo is recovered as kept").isEqualTo(KEPT);
            assertThat(history.allRejected()).as("every photo not delivered as rejected").isEqualTo(PHOTOS - KEPT);

            try (Embedder e = Embedders.open("pixels", Embedders.Options.defaults(ID, 1))) {
                new EmbedPipeline(store, home).run(ID, e, 1, ProgressReporter.silent(), StopSignal.never());
            }
            TrainReport trained = new Trainer(home, LearnSettings.defaults()).train(store, List.of(ID), null,
                    List.of(ModelKind.values()), ProgressReporter.silent());
            assertThat(trained.models()).extracting(ModelMetadata::kind).containsExactly(ModelKind.CROP, ModelKind.KEEP);
            assertThat(trained.notes()).anyMatch(n -> n.startsWith("ranker not trained"))
                    .anyMatch(n -> n.startsWith("anomaly not trained"))
                    .anyMatch(n -> n.startsWith(KEPT + " labeled singles"))
                    .anyMatch(n -> n.startsWith(KEPT + " kept and " + (PHOTOS - KEPT) + " rejected singles"));
            ModelMetadata crop = trained.models().get(0), keep = trained.models().get(1);
            System.out.println("photo-only crop proposer, out of fold: " + crop.headlineText());
            System.out.println("photo-only keep model, out of fold: " + keep.headlineText());
            assertThat(crop.provenance().trainingSets()).as("every kept photo with its recovered crop").isEqualTo(KEPT);
            assertThat(keep.provenance().trainingSets()).as("every decided photo, kept or rejected").isEqualTo(PHOTOS);
            assertThat(keep.headline().get("accuracy")).isGreaterThan(keep.headline().get("accuracy_keep_all"));
            assertThat(trained.projects().get(0).excluded()).as("rejected photos are learned from, not left out")
                    .doesNotContainKey(DatasetBuilder.SINGLE + DecisionResolver.REJECTED);

            PredictReport predicted = new Predictor(store, home).predict(ID, null, ProgressReporter.silent());
            assertThat(predicted.predicted()).isEqualTo(PHOTOS);
            Map<Long, PredictionRow> rows = new PredictionRepository(store).forProject(ID).stream()
                    .collect(Collectors.toMap(PredictionRow::setId, Function.identity()));
            assertThat(rows).hasSize(PHOTOS);
            assertThat(rows.values()).allSatisfy(p -> {
                assertThat(p.confidence()).as("the keep model says how sure it is to keep or reject")
                        .isGreaterThanOrEqualTo(0.5);
                assertThat(p.reason()).contains("keep model (" + keep.version() + ")");
                assertThat(p.rankerVersion()).isNull();
                assertThat(p.cropVersion()).isEqualTo(crop.version());
            });
            assertThat(rows.values()).as("crops are proposed").anyMatch(p -> p.crop() != null);

            server = new Reviewer(store).serve(ID, Reviewer.Options.defaults().withOrder(ReviewOrder.TIME));
            page.open(server);
            List<ImageFile> photos = catalog.singles(ID, 0);
            assertThat(page.text("done")).isEqualTo("done 0/" + PHOTOS);
            assertThat(browser.findElements(By.cssSelector("#members .member"))).as("a single shows one picture").hasSize(1);
            assertThat(browser.findElements(By.cssSelector(".member.chosen"))).as("nothing pre-selected").isEmpty();

            ImageFile first = photos.get(0), second = photos.get(1), third = photos.get(2);
            assertThat(page.shownSet()).isEqualTo(setOf(rows, first));
            page.press("a");                                   // keep, with the AI's crop shown
            page.waitUntil("second shown", () -> page.shownSet() == setOf(rows, second));
            page.press("x");                                   // reject
            page.waitUntil("third shown", () -> page.shownSet() == setOf(rows, third));
            page.pressShift("a");                              // keep uncropped
            page.waitUntil("three saved", () -> page.text("done").equals("done 3/" + PHOTOS));

            String batch = new ReviewBatchRepository(store).forProject(ID).get(0).id();
            Map<Long, ReviewChoiceRow> choices = new ReviewChoiceRepository(store).current(batch);
            CropBox aiCrop = rows.get(setOf(rows, first)).crop();
            assertThat(choices.get(setOf(rows, first)).fileId()).isEqualTo(first.id());
            assertThat(choices.get(setOf(rows, first)).crop()).isEqualTo(aiCrop);
            assertThat(choices.get(setOf(rows, second)).rejectsAll()).isTrue();
            assertThat(choices.get(setOf(rows, third)).crop()).isNull();

            page.pressShift(Keys.ENTER);
            page.waitUntil("summary", () -> browser.findElement(By.id("summary")).isDisplayed());
            page.press("y");
            page.waitUntil("finalized", () -> browser.findElement(By.id("summary-note")).getText().startsWith("Done"));
            if (aiCrop == null) {
                assertThat(root.resolve("__selected").resolve(first.name())).exists();
            } else {
                assertThat(root.resolve("__cropped").resolve(first.name())).exists();
                assertThat(root.resolve("__crop_originals").resolve(first.name())).exists();
            }
            assertThat(root.resolve("__delete_staging").resolve(second.name())).exists();
            assertThat(root.resolve("__selected").resolve(third.name())).exists();
            for (ImageFile f : photos.subList(3, photos.size())) assertThat(root.resolve(f.relPath())).as("undecided stays").exists();
            assertThat(Files.exists(root.resolve(first.relPath()))).isFalse();
        } finally {
            if (server != null) server.close();
            server = null;
            store.close();
        }
    }

    private static long setOf(Map<Long, PredictionRow> rows, ImageFile f) {
        return rows.values().stream().filter(p -> Objects.equals(f.id(), p.pickFileId())).findFirst().orElseThrow().setId();
    }
}
