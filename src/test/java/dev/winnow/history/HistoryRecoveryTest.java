package dev.winnow.history;

import dev.winnow.common.CropBox;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRecoveryTest {
    @TempDir
    Path tmp;

    private HistoryReport recover(Path home, GeneratedHistory g, Path fin) throws IOException {
        try (Store store = Store.open(home)) {
            return new HistoryImporter(store).recover("gen", g.original, fin, ProgressReporter.silent());
        }
    }

    private static Map<String, Decision> decisionsBySet(Path home) {
        try (Store store = Store.open(home)) {
            return new DecisionRepository(store).forProject("gen").stream()
                    .collect(Collectors.toMap(Decision::setRef, Function.identity()));
        }
    }

    private static void assertRecovered(GeneratedHistory g, Map<String, Decision> bySet) {
        for (GeneratedHistory.GeneratedSet s : g.sets) {
            Decision d = bySet.get(s.names().get(0));
            assertThat(d).as("decision for set " + s.names().get(0)).isNotNull();
            if (s.spec() == null) {
                assertThat(d.rejectsAll()).isTrue();
                assertThat(d.loserNames()).containsExactlyElementsOf(s.names());
                continue;
            }
            assertThat(d.chosenName()).as("winner of " + s.names()).isEqualTo(s.names().get(s.spec().winner()));
            CropBox truth = s.truthBox();
            if (truth.isNearFull(0.002)) {
                assertThat(d.cropState()).isEqualTo("uncropped");
            } else {
                assertThat(d.cropState()).as("crop state of " + s.finalName()).isEqualTo("box");
                assertThat(d.crop().iou(truth)).as("IoU of " + s.finalName() + " " + d.crop() + " vs " + truth).isGreaterThanOrEqualTo(0.98);
            }
        }
    }

    @Test
    void recoversWinnerAndCropFromResizedRecompressedAndUncroppedFinals() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(7);
        g.staged(11, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
        g.staged(12, 160, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)).resized(0.6));
        g.staged(13, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)).asJpeg());
        g.staged(14, 160, GeneratedHistory.FinalSpec.of(0, GeneratedHistory.box(r)).resized(0.8).asJpeg());
        g.staged(15, 160, GeneratedHistory.FinalSpec.of(2, CropBox.FULL).resized(0.5).asJpeg());
        g.staged(16, 160, null);
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.sets()).isEqualTo(6);
        assertThat(report.winners()).isEqualTo(5);
        assertThat(report.allRejected()).isEqualTo(1);
        assertThat(report.matchedBy()).containsEntry("name", 2).containsEntry("stem", 3);
        assertThat(report.problems()).isEmpty();
        assertRecovered(g, decisionsBySet(tmp.resolve("home")));
    }

    @Test
    void nearIdenticalStagesAreToldApartByPixels() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(3);
        for (int i = 0; i < 6; i++) {
            GeneratedHistory.FinalSpec spec = GeneratedHistory.FinalSpec.of(i % 2, GeneratedHistory.box(r));
            if (i >= 2) spec = spec.asJpeg();
            if (i >= 4) spec = spec.resized(0.7);
            g.nearIdentical(100 + i, 420, spec);
        }
        recover(tmp.resolve("home"), g, g.fin);
        assertRecovered(g, decisionsBySet(tmp.resolve("home")));
    }

    @Test
    void renamedFinalsAreMatchedByContentAndAFinalWithoutOriginalIsReported() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(5);
        g.staged(21, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)).renamed("portrait_final_01.jpg").asJpeg());
        g.staged(22, 160, GeneratedHistory.FinalSpec.of(1, CropBox.FULL).renamed("portrait_final_02.png").resized(0.5));
        GeneratedHistory.GeneratedSet third = g.staged(23, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
        g.staged(24, 160, null);
        GeneratedHistory.write(g.fin.resolve("stranger.png"), SyntheticPairs.png(SyntheticScenes.render(999, 300, 440, 1)));
        Files.copy(g.fin.resolve(third.finalName()), g.fin.resolve("zz_copy_for_client.png"));
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.problemsByReason()).containsOnly(Map.entry("final-without-original", 1), Map.entry("duplicate-final", 1));
        assertThat(report.problems()).extracting(dev.winnow.common.Problem::path)
                .containsExactlyInAnyOrder("stranger.png", "zz_copy_for_client.png");
        assertThat(report.matchedBy().keySet()).contains("name").containsAnyOf("phash", "pixels");
        assertRecovered(g, decisionsBySet(tmp.resolve("home")));
    }

    @Test
    void aStageOneOnlyGenerationGroupedWithTheNextGenerationIsSplitSoBothFinalsKeepTheirWinner() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(19);
        g.staged(81, 160, GeneratedHistory.FinalSpec.of(2, CropBox.FULL));
        // The nearest-up rule joins the lone stage 1 with the next generation, which starts at stage 1.5.
        GeneratedHistory.GeneratedSet alone = g.generation(82, 160, List.of(1.0),
                GeneratedHistory.FinalSpec.of(0, GeneratedHistory.box(r)));
        GeneratedHistory.GeneratedSet next = g.generation(83, 160, List.of(1.5, 2.0, 3.0),
                GeneratedHistory.FinalSpec.of(2, CropBox.FULL).asJpeg());
        g.staged(84, 160, null);
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.problemsByReason()).doesNotContainKey("duplicate-final").containsEntry("set-split-by-finals", 1);
        assertThat(report.winners()).isEqualTo(3);
        Map<String, Decision> bySet = decisionsBySet(tmp.resolve("home"));
        assertRecovered(g, bySet);
        assertThat(bySet.get(alone.names().get(0)).loserNames()).isEmpty();
        assertThat(bySet.get(next.names().get(0)).loserNames()).containsExactly(next.names().get(0), next.names().get(1));
    }

    @Test
    void membersBetweenTwoKeptGenerationsGoWithThePictureTheyShow() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(23);
        // One group [A1, A1.5, B2, B3]; finals named after A1 and B3: A1.5 and B2 must each join their own generation.
        GeneratedHistory.GeneratedSet a = g.generation(91, 160, List.of(1.0, 1.5),
                GeneratedHistory.FinalSpec.of(0, CropBox.FULL));
        GeneratedHistory.GeneratedSet b = g.generation(92, 160, List.of(2.0, 3.0),
                GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)));
        recover(tmp.resolve("home"), g, g.fin);
        Map<String, Decision> bySet = decisionsBySet(tmp.resolve("home"));
        assertRecovered(g, bySet);
        assertThat(bySet.get(a.names().get(0)).loserNames()).containsExactly(a.names().get(1));
        assertThat(bySet.get(b.names().get(0)).loserNames()).containsExactly(b.names().get(0));
    }

    @Test
    void twoFinalsOfTheSameMemberAreStillADuplicateNotASplit() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        GeneratedHistory.GeneratedSet s = g.staged(95, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(new Random(29))));
        // The same picture delivered again as JPEG: its stem names the same member.
        Files.copy(g.fin.resolve(s.finalName()), g.fin.resolve(s.finalName().replace(".png", ".jpg")));
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.problemsByReason()).containsOnly(Map.entry("duplicate-final", 1));
        assertThat(report.winners()).isEqualTo(1);
        assertRecovered(g, decisionsBySet(tmp.resolve("home")));
    }

    @Test
    void aTruncatedOriginalIsReportedAndTheReadableMembersStillDecide() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(9);
        GeneratedHistory.GeneratedSet s = g.staged(31, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
        g.staged(32, 160, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)));
        Path loser = g.original.resolve(s.names().get(1));
        byte[] bytes = Files.readAllBytes(loser);
        Files.write(loser, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.problemsByReason()).containsOnlyKeys("unreadable-original");
        assertThat(report.problems().get(0).path()).isEqualTo(s.names().get(1));
        assertRecovered(g, decisionsBySet(tmp.resolve("home")));
    }

    @Test
    void aZipWithOddEntriesIsReadInPlaceAndGivesTheSameDecisionsAsTheFolder() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(13);
        g.staged(41, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)).asJpeg());
        g.staged(42, 160, GeneratedHistory.FinalSpec.of(0, GeneratedHistory.box(r)));
        g.staged(43, 160, null);
        Path zip = tmp.resolve("final.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("deliverable/"));
            out.closeEntry();
            try (Stream<Path> files = Files.list(g.fin)) {
                for (Path f : files.sorted().toList()) {
                    out.putNextEntry(new ZipEntry("deliverable/" + f.getFileName()));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                    out.putNextEntry(new ZipEntry("__MACOSX/deliverable/._" + f.getFileName()));
                    out.write(new byte[] {0, 5, 22, 7});
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry("deliverable/notes.txt"));
            out.write("not an image".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("deliverable/empty.png"));
            out.closeEntry();
        }
        String before = sha(zip);
        long files = countFiles(tmp);
        HistoryReport fromZip = recover(tmp.resolve("home-zip"), g, zip);
        assertThat(sha(zip)).as("the archive is never modified").isEqualTo(before);
        assertThat(countFiles(tmp)).as("nothing is extracted next to the inputs").isEqualTo(files + countFiles(tmp.resolve("home-zip")));
        assertThat(fromZip.problemsByReason()).containsOnlyKeys("unreadable-final");
        assertRecovered(g, decisionsBySet(tmp.resolve("home-zip")));
    }

    @Test
    void aFinalThatDoesNotMatchItsNamesakeIsStoredAsNeedsReviewNotGuessed() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        GeneratedHistory.GeneratedSet s = g.staged(71, 160, null);
        GeneratedHistory.write(g.fin.resolve(s.names().get(2)), SyntheticPairs.png(SyntheticScenes.render(4242, 300, 440, 2)));
        HistoryReport report = recover(tmp.resolve("home"), g, g.fin);
        assertThat(report.problemsByReason()).containsKey("poor-match");
        Decision d = decisionsBySet(tmp.resolve("home")).get(s.names().get(0));
        assertThat(d.cropState()).isEqualTo("needs_review");
        assertThat(d.crop()).isNull();
        assertThat(d.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void runningTheSameHistoryAgainAddsNothing() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        g.staged(51, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(new Random(1))));
        g.staged(52, 160, null);
        HistoryReport first = recover(tmp.resolve("home"), g, g.fin);
        HistoryReport second = recover(tmp.resolve("home"), g, g.fin);
        assertThat(first.stored()).isEqualTo(2);
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(decisionsBySet(tmp.resolve("home"))).hasSize(2);
    }

    @Test
    void historyFillsTheBoxOfCropWithoutBoxLogDecisionsAndReportsAConflictingWinner() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(17);
        GeneratedHistory.GeneratedSet a = g.staged(61, 160, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
        GeneratedHistory.GeneratedSet b = g.staged(62, 160, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)));
        Path cropLog = dev.winnow.testing.TestImages.text(tmp.resolve("mojo1_crop_log.csv"),
                "session_id,set_id,directory,chosen_path,chosen_stage,timestamp,note,mtime\n"
                        + "gen_historical_extraction,1,gen,final/" + a.names().get(2) + ",3.0,20250101_000000,Crop coordinates not available (image already cropped),m\n");
        Path selectionLog = dev.winnow.testing.TestImages.text(tmp.resolve("historical_selection_log.csv"),
                "session_id,set_id,chosen_path,neg_paths,timestamp\n"
                        + "gen_historical,2,gen/" + b.names().get(2) + ",\"[\"\"gen/" + b.names().get(1) + "\"\"]\",20250101_000000\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            h.importLogs(List.of(cropLog, selectionLog), null);
            HistoryReport report = h.recover("gen", g.original, g.fin, ProgressReporter.silent());
            assertThat(report.merge().merged()).isEqualTo(1);
            assertThat(report.merge().boxesFilled()).isEqualTo(1);
            assertThat(report.merge().conflicts()).hasSize(1);
            assertThat(report.merge().conflicts().get(0).detail()).contains("winner").contains(b.names().get(2)).contains(b.names().get(1));
            assertThat(report.hasProblems()).isTrue();
            DecisionRepository repo = new DecisionRepository(store);
            Decision filled = repo.forProject("gen").stream().filter(d -> "crop_no_box".equals(d.kind())).findFirst().orElseThrow();
            assertThat(filled.cropState()).isEqualTo("box");
            assertThat(filled.crop().iou(a.truthBox())).isGreaterThanOrEqualTo(0.98);
            assertThat(filled.rawJson()).contains("cropFrom");
            assertThat(repo.canonicalForProject("gen")).as("the merged history decision is not counted twice").hasSize(3);
        }
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

}
