package dev.winnow.history;

import dev.winnow.common.CropBox;
import dev.winnow.common.Problem;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.RealLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealLogImportTest {
    static final List<String> LOGS = List.of("select_crop_log.csv", "anomaly_cases.csv", "historical_selection_log.csv",
            "mojo1_selection_log.csv", "historical_crop_log.csv", "mojo1_crop_log.csv");

    @TempDir
    Path home;

    @Test
    void everyRealLogImportsWithTheKnownCountsAndTheKnownMedianBox() throws Exception {
        Path dir = RealLogs.dir();
        List<Path> logs = LOGS.stream().map(dir::resolve).toList();
        try (Store store = Store.open(home)) {
            ImportReport first = new HistoryImporter(store).importLogs(logs, null);
            Map<String, LogFileReport> byFile = new TreeMap<>();
            first.files().forEach(f -> byFile.put(f.file(), f));
            assertThat(byFile.get("select_crop_log.csv").imported()).isEqualTo(7_194);
            assertThat(byFile.get("anomaly_cases.csv").imported()).isEqualTo(518);
            assertThat(byFile.get("historical_selection_log.csv").imported()).isEqualTo(23);
            // The mojo1 logs repeat the historical ones (same set, chosen file and time; checked independently on the
            // CSVs): known by meaning, their repeats are already present, not new decisions.
            assertThat(byFile.get("mojo1_selection_log.csv").imported()).isZero();
            assertThat(byFile.get("mojo1_selection_log.csv").alreadyPresent()).isEqualTo(23);
            assertThat(byFile.get("historical_crop_log.csv").imported()).isEqualTo(5_149);
            assertThat(byFile.get("mojo1_crop_log.csv").imported()).isEqualTo(7);
            assertThat(byFile.get("mojo1_crop_log.csv").alreadyPresent()).isEqualTo(5_149);
            for (Problem p : first.rejected()) {
                assertThat(p.path()).as("a rejected row names its file and line").matches(".+\\.csv:\\d+");
                assertThat(p.detail()).isNotBlank();
            }
            for (LogFileReport f : first.files()) {
                assertThat(f.imported() + f.alreadyPresent() + f.rejectedRows() + f.reversed()).as(f.file() + ": the counts add up").isEqualTo(f.rows());
                assertThat(f.encoding()).isEqualTo("UTF-8");
            }
            assertThat(first.rejectedRows()).isZero();

            DecisionRepository repo = new DecisionRepository(store);
            List<Decision> crops = new ArrayList<>();
            long anomalies = 0, selections = 0, noBox = 0;
            for (String p : repo.projectIds()) {
                for (Decision d : repo.forProject(p)) {
                    switch (d.kind()) {
                        case "select_crop" -> crops.add(d);
                        case "anomaly" -> anomalies++;
                        case "selection" -> selections++;
                        case "crop_no_box" -> noBox++;
                        default -> throw new AssertionError("unexpected kind " + d.kind());
                    }
                }
            }
            assertThat(crops).hasSize(7_194);
            assertThat(anomalies).isEqualTo(518);
            assertThat(selections).isEqualTo(23);
            assertThat(noBox).isEqualTo(5_149 + 7);
            assertThat(crops).allSatisfy(d -> assertThat(d.crop()).isNotNull());
            assertThat(crops.stream().filter(d -> d.cropState().equals("uncropped")).count())
                    .as("full-image boxes are 'kept uncropped' (about 8%% of crops)").isBetween(500L, 600L);
            CropBox median = median(crops.stream().map(Decision::crop).toList());
            assertThat(median.x1()).isCloseTo(0.116, within(0.005));
            assertThat(median.y1()).isCloseTo(0.000, within(0.005));
            assertThat(median.x2()).isCloseTo(0.874, within(0.005));
            assertThat(median.y2()).isCloseTo(0.755, within(0.005));

            ImportReport again = new HistoryImporter(store).importLogs(logs, null);
            assertThat(again.imported()).as("importing the same files again adds nothing").isZero();
            assertThat(again.alreadyPresent()).isEqualTo(first.imported() + first.alreadyPresent());
        }
    }

    @Test
    void theOneNormalizedLegacyRowIsDetectedAndKeepsItsPixelValues() throws Exception {
        try (Store store = Store.open(home)) {
            new HistoryImporter(store).importLogs(List.of(RealLogs.dir().resolve("select_crop_log.csv")), null);
            List<Decision> mojo1 = new DecisionRepository(store).forProject("mojo1");
            assertThat(mojo1).hasSize(1);
            Decision d = mojo1.get(0);
            assertThat(d.chosenName()).isEqualTo("20250708_060530_stage2_upscaled.png");
            assertThat(d.loserNames()).containsExactly("20250708_060416_stage1_generated.png");
            assertThat(d.chosenStage()).isEqualTo(2.0);
            assertThat(d.crop().y2()).isCloseTo(0.61474609375, within(1e-9));
            assertThat(d.rawJson()).contains("\"loggedNormalized\":true").contains("\"pixelBox\":[0.0,138.0,1121.0,1259.0]");
        }
    }

    static CropBox median(List<CropBox> boxes) {
        double[][] c = new double[4][boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            CropBox b = boxes.get(i);
            c[0][i] = b.x1();
            c[1][i] = b.y1();
            c[2][i] = b.x2();
            c[3][i] = b.y2();
        }
        double[] m = new double[4];
        for (int k = 0; k < 4; k++) {
            Arrays.sort(c[k]);
            int n = c[k].length;
            m[k] = n % 2 == 1 ? c[k][n / 2] : (c[k][n / 2 - 1] + c[k][n / 2]) / 2;
        }
        return new CropBox(m[0], m[1], m[2], m[3]);
    }
}
