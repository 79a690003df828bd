package dev.winnow.history;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.CropBox;
import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogImportValidationTest {
    static final String LEGACY = "session_id,set_id,directory,image_count,chosen_index,chosen_path,crop_x1,crop_y1,crop_x2,crop_y2,"
            + "timestamp,image_0_path,image_0_stage,width_0,height_0,image_1_path,image_1_stage,width_1,height_1\n";

    @TempDir
    Path tmp;

    private Path log(String name, String content) {
        return TestImages.text(tmp.resolve(name), content);
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheRestImport() throws Exception {
        Path f = log("select_crop_log.csv", LEGACY
                + "s,a,p1,2,1,p1/20250101_000001_stage2_upscaled.png,10,20,410,620,2025-01-01T00:00:00Z,p1/20250101_000000_stage1_generated.png,stage1_generated,400,600,p1/20250101_000001_stage2_upscaled.png,stage2_upscaled,800,1200\n"
                + "s,b,p1,1,0,p1/b.png,,20,410,620,2025-01-01T00:00:00Z,p1/b.png,stage2_upscaled,800,1200,,,,\n"
                + "s,c,p1,1,0,p1/c.png,x,20,410,620,2025-01-01T00:00:00Z,p1/c.png,stage2_upscaled,800,1200,,,,\n"
                + "s,d,p1,1,0,p1/d.png,400,20,100,620,2025-01-01T00:00:00Z,p1/d.png,stage2_upscaled,800,1200,,,,\n"
                + "s,e,p1,1,0,p1/e.png,10,20,900,620,2025-01-01T00:00:00Z,p1/e.png,stage2_upscaled,800,1200,,,,\n"
                + "s,f,p1,1,0,p1/f.png,NaN,20,410,620,2025-01-01T00:00:00Z,p1/f.png,stage2_upscaled,800,1200,,,,\n"
                + "s,g,p1,1,0,p1/g.png,10,20,410,620,2025-01-01T00:00:00Z,p1/g.png,stage9_magic,800,1200,,,,\n"
                + "s,a,p1,2,1,p1/20250101_000001_stage2_upscaled.png,10,20,410,620,2025-01-01T00:00:00Z,p1/20250101_000000_stage1_generated.png,stage1_generated,400,600,p1/20250101_000001_stage2_upscaled.png,stage2_upscaled,800,1200\n"
                + "s,h,p1,1,0,p1/h.png,0,0,800,1200,2025-01-01T00:00:00Z,p1/h.png,stage2_upscaled,800,1200,,,,\n"
                + "s,i,p1,1,0\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(f), null);
            Map<String, String> reasonByLine = r.rejected().stream()
                    .collect(Collectors.toMap(Problem::path, Problem::reason));
            assertThat(reasonByLine).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "select_crop_log.csv:3", "missing-field", "select_crop_log.csv:4", "bad-number",
                    "select_crop_log.csv:5", "inverted-box", "select_crop_log.csv:6", "box-outside-image",
                    "select_crop_log.csv:7", "nan", "select_crop_log.csv:8", "unknown-stage",
                    "select_crop_log.csv:9", "duplicate-row", "select_crop_log.csv:11", "column-count"));
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.hasProblems()).isTrue();
            List<Decision> rows = new DecisionRepository(store).forProject("p1");
            Decision crop = rows.stream().filter(d -> "a".equals(d.setRef())).findFirst().orElseThrow();
            assertThat(crop.crop().x1()).isCloseTo(10 / 800.0, within(1e-9));
            assertThat(crop.crop().y2()).isCloseTo(620 / 1200.0, within(1e-9));
            assertThat(crop.loserNames()).containsExactly("20250101_000000_stage1_generated.png");
            Decision full = rows.stream().filter(d -> "h".equals(d.setRef())).findFirst().orElseThrow();
            assertThat(full.cropState()).isEqualTo("uncropped");
            assertThat(full.crop()).isEqualTo(CropBox.FULL);
        }
    }

    @Test
    void pythonAndJsonListsKeepQuotesAndCommasInNames() throws Exception {
        Path anomaly = log("anomaly_cases.csv", "session_id,set_id,project,chosen_stage,max_rejected_stage,chosen_path,rejected_paths,timestamp\n"
                + "x,g1,p2,1,2,p2/a.png,\"[\"\"p2/it's, odd.png\"\", 'p2/say \"\"hi\"\".png', 'p2/o\\'neil.png']\",2025-10-05T03:25:40Z\n"
                + "x,g2,p2,1,2,p2/b.png,\"['p2/unterminated.png\",2025-10-05T03:25:40Z\n");
        Path selection = log("selection_only_log.csv", "session_id,set_id,chosen_path,neg_paths,timestamp\n"
                + "p3_historical,s1,p3/c.png,\"[\"\"p3/x, y.png\"\", \"\"p3/z.png\"\"]\",2025-10-05T03:25:40Z\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(anomaly, selection), null);
            assertThat(r.rejected()).extracting(Problem::path, Problem::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("anomaly_cases.csv:3", "bad-list"));
            DecisionRepository repo = new DecisionRepository(store);
            assertThat(repo.forProject("p2").get(0).loserNames()).containsExactly("it's, odd.png", "say \"hi\".png", "o'neil.png");
            assertThat(repo.forProject("p3").get(0).loserNames()).containsExactly("x, y.png", "z.png");
        }
    }

    @Test
    void aLogThatNamesNoProjectIsRefusedUnlessProjectIsGiven() throws Exception {
        Path f = log("selection_only_log.csv", "session_id,set_id,chosen_path,neg_paths,timestamp\n"
                + "20251004_231807,s1,a.png,\"[\"\"b.png\"\"]\",2025-10-05T03:25:40Z\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            ImportReport refused = h.importLogs(List.of(f), null);
            assertThat(refused.files().get(0).refused()).contains("--project");
            assertThat(refused.imported()).isZero();
            assertThat(h.importLogs(List.of(f), "live").imported()).isEqualTo(1);
            Path unknown = log("other.csv", "a,b,c\n1,2,3\n");
            assertThat(h.importLogs(List.of(unknown), "live").files().get(0).refused()).contains("unknown log format");
            assertThatThrownBy(() -> h.importLogs(List.of(f), "bad/id")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void pendingPixelBoxesAndNamesBindWhenTheProjectIsScanned() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("proj"));
        TestImages.png(root.resolve("20250101_000000_stage1_generated.png"), 40, 60);
        TestImages.png(root.resolve("20250101_000010_stage2_upscaled.png"), 80, 120);
        Path f = log("select_crop_log.csv", LEGACY
                + "s,a,proj,2,1,proj/20250101_000010_stage2_upscaled.png,8,12,72,108,2025-01-01T00:00:00Z,proj/20250101_000000_stage1_generated.png,stage1_generated,,,proj/20250101_000010_stage2_upscaled.png,stage2_upscaled,,\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            ImportReport r = h.importLogs(List.of(f), null);
            assertThat(r.bindings().get(0).projectRegistered()).isFalse();
            Decision pending = new DecisionRepository(store).forProject("proj").get(0);
            assertThat(pending.cropState()).isEqualTo("unknown");
            assertThat(pending.setId()).isNull();

            Catalog catalog = new Catalog(store);
            catalog.addProject("proj", root, null);
            catalog.scan("proj", ProgressReporter.silent());
            BindReport b = h.bindPending("proj");
            assertThat(b.bound()).isEqualTo(1);
            assertThat(b.boxesNormalized()).isEqualTo(1);
            assertThat(b.stillPending()).isZero();
            Decision bound = new DecisionRepository(store).forProject("proj").get(0);
            assertThat(bound.setId()).isEqualTo(catalog.sets("proj", 0).get(0).id());
            assertThat(bound.chosenFileId()).isNotNull();
            assertThat(bound.cropState()).isEqualTo("box");
            assertThat(bound.crop().x1()).isCloseTo(0.1, within(1e-9));
            assertThat(bound.crop().y2()).isCloseTo(0.9, within(1e-9));
            assertThat(h.bindPending("proj").bound()).as("binding again finds nothing left").isZero();
        }
    }

    @Test
    void exportWritesTheCurrentFormatsAndTheCropLogImportsBackUnchanged() throws Exception {
        Path f = log("select_crop_log.csv", LEGACY
                + "s,a,p1,2,1,p1/20250101_000001_stage2_upscaled.png,80,120,720,1080,2025-01-01T00:00:01Z,p1/20250101_000000_stage1_generated.png,stage1_generated,400,600,p1/20250101_000001_stage2_upscaled.png,stage2_upscaled,800,1200\n"
                + "s,b,p1,1,0,p1/20250101_000100_stage2_upscaled.png,0,0,800,1200,2025-01-01T00:00:02Z,p1/20250101_000100_stage2_upscaled.png,stage2_upscaled,800,1200,,,,\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            h.importLogs(List.of(f), null);
            StringWriter crop = new StringWriter(), sel = new StringWriter();
            assertThat(h.export("p1", "crop", crop).written()).isEqualTo(2);
            assertThat(crop.toString()).startsWith("timestamp,project_id,filename,crop_x1,crop_y1,crop_x2,crop_y2,width,height\n")
                    .contains("2025-01-01T00:00:01Z,p1,20250101_000001_stage2_upscaled.png,0.1,0.1,0.9,0.9,800,1200");
            ExportReport s = h.export("p1", "selection", sel);
            assertThat(s.written()).isEqualTo(1);
            assertThat(s.skipped()).containsEntry("no rejected members", 1);
            assertThat(sel.toString()).contains("\"[\"\"20250101_000000_stage1_generated.png\"\"]\"");

            Path back = log("exported_crop_log.csv", crop.toString());
            try (Store other = Store.open(tmp.resolve("home2"))) {
                new HistoryImporter(other).importLogs(List.of(back), null);
                List<Decision> again = new DecisionRepository(other).forProject("p1");
                assertThat(again).extracting(Decision::crop)
                        .containsExactlyInAnyOrderElementsOf(new DecisionRepository(store).forProject("p1").stream().map(Decision::crop).toList());
            }
        }
    }
}
