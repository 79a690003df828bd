package dev.winnow.review;

import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.learn.Predictor;
import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.Trainer;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.store.HeatRow;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.LearnStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer's heatmap is the anomaly detector's excess map, stored with each prediction. */
class ExcessHeatmapSourceTest {
    @TempDir
    Path home;

    @Test
    void predictStoresTheExcessMapOfEveryStepAndTheReviewerDrawsItRedWhereItStandsOut() throws Exception {
        try (Store store = Store.open(home)) {
            LearnStore.load(store, new SyntheticSets(8, 2, 5).generate(List.of(new SyntheticSets.ProjectSpec("a", 90, 0.2),
                    new SyntheticSets.ProjectSpec("b", 90, 0.3))), "emb/v1");
            new Trainer(home, new LearnSettings(5, 1)).train(store, List.of(), null, List.of(ModelKind.values()),
                    ProgressReporter.silent());
            new Predictor(store, home).predict("b", null, ProgressReporter.silent());
            PredictionRepository predictions = new PredictionRepository(store);
            ExcessHeatmapSource source = new ExcessHeatmapSource(store);
            int drawn = 0, red = 0;
            for (PredictionRow p : predictions.forProject("b")) {
                List<Long> members = new SetRepository(store).byId(p.setId()).orElseThrow().members().stream()
                        .map(ImageFile::id).toList();
                assertThat(source.has(p.setId())).isTrue();
                // The lowest stage has no step into it, so nothing of its own to blame.
                assertThat(source.panel(p.setId(), members.get(0))).isEmpty();
                for (long file : members.subList(1, members.size())) {
                    HeatRow h = predictions.heat(p.setId(), file).orElseThrow();
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(source.panel(p.setId(), file).orElseThrow().bytes()));
                    assertThat(img.getWidth()).isEqualTo(h.cols());
                    assertThat(img.getHeight()).isEqualTo(h.rows());
                    for (int t = 0; t < h.tiles().length; t++) {
                        int alpha = img.getRGB(t % h.cols(), t / h.cols()) >>> 24;
                        if (h.excess(t) <= ExcessHeatmapSource.FROM) assertThat(alpha).isZero();
                        else if (h.excess(t) >= ExcessHeatmapSource.FULL) assertThat(alpha).isGreaterThan(200);
                        if (alpha > 0) red++;
                    }
                    drawn++;
                }
            }
            assertThat(drawn).isGreaterThan(90);
            assertThat(red).isPositive();
            // Sets never predicted fall back to the change strip made at embed (none here).
            HeatmapSource both = ExcessHeatmapSource.before(new StripHeatmapSource(store), store);
            assertThat(predictions.forProject("a")).isEmpty();
            long unpredicted = new SetRepository(store).list("a", 0).get(0).id();
            assertThat(both.has(unpredicted)).isFalse();
            assertThat(both.panel(unpredicted, 1)).isEqualTo(Optional.empty());
        }
    }
}
