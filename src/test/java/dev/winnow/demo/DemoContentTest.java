package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.catalog.ImageName;
import dev.winnow.catalog.StageSetGrouper;
import dev.winnow.demo.DemoTruth.TruthFile;
import dev.winnow.demo.DemoTruth.TruthSet;
import dev.winnow.testing.RealLogs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks one small generation against its own truth and against the user's real formats. */
class DemoContentTest {
    static final List<String> SELECT_CROP_HEADER = List.of("session_id", "set_id", "directory", "image_count",
            "chosen_index", "chosen_path", "crop_x1", "crop_y1", "crop_x2", "crop_y2", "timestamp", "image_0_path",
            "image_0_stage", "width_0", "height_0", "image_1_path", "image_1_stage", "width_1", "height_1");
    static final List<String> SELECTION_HEADER = List.of("session_id", "set_id", "chosen_path", "neg_paths", "timestamp");

    @TempDir
    static Path tmp;
    static DemoLayout layout;
    static Map<String, DemoTruth> truths = new HashMap<>();

    @BeforeAll
    static void generate() {
        layout = new DemoGenerator().generate(tmp.resolve("demo"), SmallDemo.config(11));
        for (DemoLayout.ProjectPaths p : layout.projects()) truths.put(p.id(), DemoTruth.read(p.truth()));
    }

    @Test
    void originalsHoldExactlyTheTruthFilesAndTheirCompanions() throws IOException {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            Set<String> expected = new HashSet<>();
            DemoTruth t = truths.get(p.id());
            for (TruthSet s : t.sets()) {
                for (TruthFile f : s.members()) {
                    expected.add(f.name());
                    assertThat(f.companions()).anyMatch(c -> c.endsWith(".yaml"));
                    expected.addAll(f.companions());
                }
            }
            for (TruthFile f : t.strays()) {
                assertThat(f.stage()).isZero();
                expected.add(f.name());
                expected.addAll(f.companions());
            }
            assertThat(t.strays()).isNotEmpty();
            assertThat(list(p.originals())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void stageTimesIncreaseWithinEachSetAndSetsFollowEachOther() {
        for (DemoTruth t : truths.values()) {
            String previous = "";
            for (TruthSet s : t.sets()) {
                for (TruthFile f : s.members()) {
                    String time = f.name().substring(0, 15);
                    assertThat(time).as(f.name()).isGreaterThan(previous);
                    previous = time;
                }
            }
        }
    }

    @Test
    void nearestUpGroupingRecoversEveryMultiStageSet() throws IOException {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            List<StageSetGrouper.Item> items = new ArrayList<>();
            long id = 0;
            for (String name : list(p.originals())) {
                if (!name.endsWith(".png")) continue;
                ImageName n = ImageName.parse(name);
                items.add(new StageSetGrouper.Item(id++, "", n.time(), n.stage(), name));
            }
            StageSetGrouper.Result result = new StageSetGrouper().group(items);
            Set<List<String>> recovered = new HashSet<>();
            for (List<StageSetGrouper.Item> set : result.sets()) recovered.add(set.stream().map(StageSetGrouper.Item::name).toList());
            Set<List<String>> truthSets = new HashSet<>();
            for (TruthSet s : truths.get(p.id()).sets()) {
                if (s.members().size() > 1) truthSets.add(s.members().stream().map(TruthFile::name).toList());
            }
            assertThat(recovered).isEqualTo(truthSets);
        }
    }

    @Test
    void logsParseWithExactlyTheRealHeaders() throws IOException {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            assertThat(parse(p.selectCropLog()).header()).isEqualTo(SELECT_CROP_HEADER);
            assertThat(parse(p.selectionLog()).header()).isEqualTo(SELECTION_HEADER);
        }
    }

    @Test
    void logHeadersMatchTheUsersRealLogsWhenPresent() throws IOException {
        Path real = RealLogs.dir();
        assertThat(parse(real.resolve("select_crop_log.csv")).header()).isEqualTo(SELECT_CROP_HEADER);
        assertThat(parse(real.resolve("mojo1_selection_log.csv")).header()).isEqualTo(SELECTION_HEADER);
    }

    @Test
    void pixelCropBoxesAreInsideTheChosenImageKeepItsAspectAndMatchTruth() throws IOException {
        int cropped = 0;
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            Map<String, TruthSet> byWinner = byWinner(truths.get(p.id()));
            for (CSVRecord r : parse(p.selectCropLog()).rows()) {
                int chosen = Integer.parseInt(r.get("chosen_index"));
                assertThat(r.get("image_" + chosen + "_path")).isEqualTo(r.get("chosen_path"));
                double w = Double.parseDouble(r.get("width_" + chosen));
                double h = Double.parseDouble(r.get("height_" + chosen));
                double x1 = Double.parseDouble(r.get("crop_x1"));
                double y1 = Double.parseDouble(r.get("crop_y1"));
                double x2 = Double.parseDouble(r.get("crop_x2"));
                double y2 = Double.parseDouble(r.get("crop_y2"));
                assertThat(x1).isGreaterThanOrEqualTo(0);
                assertThat(y1).isGreaterThanOrEqualTo(0);
                assertThat(x2).isLessThanOrEqualTo(w).isGreaterThan(x1);
                assertThat(y2).isLessThanOrEqualTo(h).isGreaterThan(y1);
                assertThat(((x2 - x1) / (y2 - y1)) / (w / h)).isCloseTo(1.0, offset(0.01));
                TruthSet s = byWinner.get(fileName(r.get("chosen_path")));
                double[] expected = s.crop() == null ? new double[] {0, 0, 1, 1} : s.crop();
                assertThat(new double[] {x1 / w, y1 / h, x2 / w, y2 / h}).containsExactly(expected, offset(1e-9));
                if (s.crop() != null) cropped++;
            }
        }
        assertThat(cropped).isPositive();
    }

    @Test
    void logsCoverEveryKeptSetExceptInThePartiallyLoggedProject() throws IOException {
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            DemoTruth t = truths.get(p.id());
            Set<String> logged = new HashSet<>();
            for (CSVRecord r : parse(p.selectCropLog()).rows()) logged.add(fileName(r.get("chosen_path")));
            Set<String> expected = new HashSet<>();
            for (TruthSet s : t.sets()) if (s.winner() != null && s.logged()) expected.add(s.winner());
            assertThat(logged).isEqualTo(expected);
            long unlogged = t.sets().stream().filter(s -> !s.logged()).count();
            assertThat(unlogged == 0).isEqualTo(t.fullyLogged());
        }
        DemoTruth beta = truths.get("beta");
        assertThat(beta.fullyLogged()).isFalse();
        assertThat(beta.loggedSets()).isEqualTo(5);
        assertThat(beta.logCoverage()).contains("originals vs finals");
    }

    @Test
    void selectionLogListsEveryRejectedMemberAsANegative() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<Boolean> rootPrefixed = new HashSet<>();
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            Map<String, TruthSet> bySetId = new HashMap<>();
            for (TruthSet s : truths.get(p.id()).sets()) bySetId.put(s.setId(), s);
            for (CSVRecord r : parse(p.selectionLog()).rows()) {
                TruthSet s = bySetId.get(r.get("set_id"));
                assertThat(fileName(r.get("chosen_path"))).isEqualTo(s.winner());
                List<String> negs = json.readValue(r.get("neg_paths"), new TypeReference<List<String>>() { });
                List<String> rejected = s.members().stream().map(TruthFile::name).filter(n -> !n.equals(s.winner())).toList();
                assertThat(negs.stream().map(DemoContentTest::fileName).toList()).isEqualTo(rejected);
                assertThat(r.get("chosen_path")).matches("(PROJECT_ROOT/)?" + p.id() + "/[^/]+");
                rootPrefixed.add(r.get("chosen_path").startsWith("PROJECT_ROOT/"));
            }
        }
        assertThat(rootPrefixed).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void finalsExistForEveryKeptSetWithTheirSizeFormatAndCompanions() throws IOException {
        Set<String> formats = new HashSet<>();
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            Set<String> expected = new HashSet<>();
            for (TruthSet s : truths.get(p.id()).sets()) {
                if (s.winner() == null) {
                    assertThat(s.finalImage()).isNull();
                    continue;
                }
                DemoTruth.TruthFinal f = s.finalImage();
                Path file = p.finals().resolve(f.name());
                BufferedImage img = ImageIO.read(file.toFile());
                assertThat(img.getWidth()).as(f.name()).isEqualTo(f.width());
                assertThat(img.getHeight()).as(f.name()).isEqualTo(f.height());
                byte[] head = Files.readAllBytes(file);
                assertThat(f.format()).isEqualTo(head[0] == (byte) 0x89 ? "png" : head[0] == (byte) 0xFF ? "jpeg" : "?");
                formats.add(f.format());
                expected.add(f.name());
                expected.addAll(f.companions());
                for (String c : f.companions()) assertThat(p.finals().resolve(c)).exists();
            }
            assertThat(list(p.finals())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(formats).containsExactlyInAnyOrder("png", "jpeg");
    }

    @Test
    void unresizedPngFinalsAreExactlyTheWinnersCropAndUncroppedOnesAByteCopy() throws IOException {
        int checked = 0;
        for (DemoLayout.ProjectPaths p : layout.projects()) {
            for (TruthSet s : truths.get(p.id()).sets()) {
                if (s.finalImage() == null || !s.finalImage().format().equals("png") || s.finalImage().scale() != 1.0) continue;
                if (s.crop() == null) {
                    assertThat(p.finals().resolve(s.finalImage().name())).hasSameBinaryContentAs(p.originals().resolve(s.winner()));
                }
                BufferedImage winner = ImageIO.read(p.originals().resolve(s.winner()).toFile());
                BufferedImage fin = ImageIO.read(p.finals().resolve(s.finalImage().name()).toFile());
                double[] c = s.crop() == null ? new double[] {0, 0, 1, 1} : s.crop();
                int x0 = (int) Math.round(c[0] * winner.getWidth());
                int y0 = (int) Math.round(c[1] * winner.getHeight());
                for (int y = 0; y < fin.getHeight(); y += 3) {
                    for (int x = 0; x < fin.getWidth(); x += 3) {
                        assertThat(fin.getRGB(x, y)).isEqualTo(winner.getRGB(x0 + x, y0 + y));
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void finalsZipHoldsTheSameFinalsPlusMacJunk() throws IOException {
        DemoLayout.ProjectPaths alpha = layout.project("alpha");
        assertThat(layout.project("beta").finalZip()).isEmpty();
        Path zip = alpha.finalZip().orElseThrow();
        assertThat(truths.get("alpha").finalsZip()).isEqualTo("final-zip/alpha.zip");
        Set<String> files = new HashSet<>();
        boolean macJunk = false;
        boolean folderEntry = false;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (e.getName().startsWith("__MACOSX/")) {
                    macJunk |= !e.isDirectory();
                } else if (e.isDirectory()) {
                    folderEntry |= e.getName().equals("alpha/");
                } else {
                    String name = e.getName().substring("alpha/".length());
                    files.add(name);
                    assertThat(z.getInputStream(e).readAllBytes()).isEqualTo(Files.readAllBytes(alpha.finals().resolve(name)));
                }
            }
        }
        assertThat(macJunk).isTrue();
        assertThat(folderEntry).isTrue();
        assertThat(files).containsExactlyInAnyOrderElementsOf(list(alpha.finals()));
    }

    @Test
    void originalsCarryTheirNameTimeAsModificationTime() throws IOException {
        DemoLayout.ProjectPaths p = layout.project("beta");
        for (TruthSet s : truths.get("beta").sets()) {
            for (TruthFile f : s.members()) {
                LocalDateTime t = LocalDateTime.parse(f.name().substring(0, 15), ProjectPlanner.NAME_TIME);
                assertThat(Files.getLastModifiedTime(p.originals().resolve(f.name())).toInstant()).isEqualTo(t.toInstant(ZoneOffset.UTC));
            }
        }
    }

    private static Map<String, TruthSet> byWinner(DemoTruth t) {
        Map<String, TruthSet> out = new HashMap<>();
        for (TruthSet s : t.sets()) if (s.winner() != null) out.put(s.winner(), s);
        return out;
    }

    static String fileName(String logPath) {
        return logPath.substring(logPath.lastIndexOf('/') + 1);
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    record Csv(List<String> header, List<CSVRecord> rows) {
    }

    static Csv parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        }
    }
}
