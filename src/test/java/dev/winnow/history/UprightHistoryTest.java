package dev.winnow.history;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.ExifJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class UprightHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void uprightExportedFinalsMatchSidewaysStoredCameraOriginalsWithTheirWinnerAndBox() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(11);
        List<GeneratedHistory.GeneratedSet> sets = List.of(
                g.staged(31, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r))),
                g.staged(32, 160, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)).asJpeg()),
                g.staged(33, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)).resized(0.7)));
        int[] orientations = {6, 8, 3};
        // The originals become camera JPEGs: stored turned, the EXIF tag saying how to show them upright.
        for (int s = 0; s < sets.size(); s++) {
            for (String name : sets.get(s).names()) {
                Path png = g.original.resolve(name);
                byte[] camera = ExifJpegs.camera(ImageIO.read(png.toFile()), orientations[s], s == 1);
                Files.write(g.original.resolve(name.replace(".png", ".jpg")), camera);
                Files.delete(png);
            }
        }
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryReport report = new HistoryImporter(store).recover("gen", g.original, g.fin, ProgressReporter.silent());
            assertThat(report.winners()).isEqualTo(3);
            Map<String, Decision> bySet = new DecisionRepository(store).forProject("gen").stream()
                    .collect(Collectors.toMap(Decision::setRef, Function.identity()));
            for (GeneratedHistory.GeneratedSet s : sets) {
                Decision d = bySet.get(s.names().get(0).replace(".png", ".jpg"));
                assertThat(d).as("decision for " + s.names().get(0)).isNotNull();
                assertThat(d.chosenName()).isEqualTo(s.names().get(s.spec().winner()).replace(".png", ".jpg"));
                assertThat(d.cropState()).as("crop state of " + s.finalName()).isEqualTo("box");
                CropBox truth = s.truthBox();
                assertThat(d.crop().iou(truth)).as(s.finalName() + " " + d.crop() + " vs " + truth).isGreaterThanOrEqualTo(0.98);
            }
        }
    }
}
