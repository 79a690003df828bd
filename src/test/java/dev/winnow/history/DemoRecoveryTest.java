package dev.winnow.history;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.demo.ArtifactKind;
import dev.winnow.demo.DemoConfig;
import dev.winnow.demo.DemoGenerator;
import dev.winnow.demo.DemoLayout;
import dev.winnow.demo.DemoProjectSpec;
import dev.winnow.demo.DemoScale;
import dev.winnow.demo.DemoTruth;
import dev.winnow.demo.FinalsStyle;
import dev.winnow.demo.ShotMix;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Recovery judged against the demo generator's hidden truth, from the finals folder and from the finals zip. */
class DemoRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void demoFinalsRecoverTheTrueWinnerAndCropFromFolderAndZip() throws Exception {
        DemoProjectSpec spec = new DemoProjectSpec("mix", 24, 0.3, List.of(ArtifactKind.values()),
                ShotMix.even(), 0.4, 1.0, new FinalsStyle(0.3, 0.3, 0.1, true));
        DemoLayout layout = new DemoGenerator(1).generate(tmp.resolve("demo"), new DemoConfig(7, DemoScale.SMALL, List.of(spec)));
        DemoLayout.ProjectPaths paths = layout.project("mix");
        DemoTruth truth = DemoTruth.read(paths.truth());
        assertThat(paths.finalZip()).isPresent();
        for (Path fin : List.of(paths.finals(), paths.finalZip().get())) {
            Path home = tmp.resolve("home-" + fin.getFileName());
            try (Store store = Store.open(home)) {
                new HistoryImporter(store).recover("mix", paths.originals(), fin, ProgressReporter.silent());
                assertAgreesWithTruth(new DecisionRepository(store).forProject("mix"), truth);
            }
        }
    }

    private static void assertAgreesWithTruth(List<Decision> decisions, DemoTruth truth) {
        Map<String, Decision> byWinner = new HashMap<>();
        for (Decision d : decisions) if (d.chosenName() != null) byWinner.put(d.chosenName(), d);
        List<String> wrong = new ArrayList<>();
        int cropped = 0, cropRight = 0;
        for (DemoTruth.TruthSet s : truth.sets()) {
            if (s.winner() == null) {
                for (DemoTruth.TruthFile m : s.members()) {
                    if (byWinner.containsKey(m.name())) wrong.add("set " + s.setId() + " was rejected, history kept " + m.name());
                }
                continue;
            }
            Decision d = byWinner.get(s.winner());
            if (d == null) {
                wrong.add("set " + s.setId() + ": no decision keeps " + s.winner());
                continue;
            }
            if (s.crop() == null) {
                if (!"uncropped".equals(d.cropState())) wrong.add(s.winner() + " was not cropped, history says " + d.cropState());
                continue;
            }
            cropped++;
            CropBox t = new CropBox(s.crop()[0], s.crop()[1], s.crop()[2], s.crop()[3]);
            if (d.crop() != null && d.crop().iou(t) >= 0.98) cropRight++;
        }
        assertThat(wrong).as("winners against the demo truth").isEmpty();
        assertThat(cropped).isPositive();
        assertThat((double) cropRight / cropped).as("share of cropped sets with IoU >= 0.98").isGreaterThanOrEqualTo(0.99);
    }
}
