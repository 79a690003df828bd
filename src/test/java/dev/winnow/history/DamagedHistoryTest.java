package dev.winnow.history;

import dev.winnow.common.ProgressReporter;
import dev.winnow.store.DecisionRepository;
import dev.winnow.domain.Decision;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 17.6/17.7 (empty or self finals, zip names that are not UTF-8) and 13.5 (recovered decisions carry a time). */
class DamagedHistoryTest {
    @TempDir
    Path tmp;

    private GeneratedHistory twoSets() throws Exception {
        GeneratedHistory g = new GeneratedHistory(tmp.resolve("gen"));
        Random r = new Random(5);
        g.staged(81, 120, GeneratedHistory.FinalSpec.of(2, GeneratedHistory.box(r)));
        g.staged(82, 120, GeneratedHistory.FinalSpec.of(1, GeneratedHistory.box(r)));
        g.staged(83, 120, null);
        return g;
    }

    private static void assertNothingStored(Path home) {
        try (Store store = Store.open(home)) {
            assertThat(new DecisionRepository(store).projectIds()).isEmpty();
            assertThat(new HistoryImporter(store).alreadyRecovered("p", Path.of("x"), Path.of("y"))).isFalse();
        }
    }

    private static void zip(Path zip, Map<String, byte[]> entries, java.nio.charset.Charset names) throws Exception {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os, names)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    @Test
    void anEmptyFinalAZipHoldingOnlyAZipAndTheOriginalItselfAreRefusedStoringNothing() throws Exception {
        GeneratedHistory g = twoSets();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path inner = tmp.resolve("inner.zip");
        Map<String, byte[]> finals = new java.util.TreeMap<>();
        try (var files = Files.list(g.fin)) {
            for (Path f : files.toList()) finals.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        zip(inner, finals, StandardCharsets.UTF_8);
        Path nested = tmp.resolve("nested.zip");
        zip(nested, Map.of("inner.zip", Files.readAllBytes(inner)), StandardCharsets.UTF_8);
        Path home = tmp.resolve("home");
        try (Store store = Store.open(home)) {
            HistoryImporter h = new HistoryImporter(store);
            assertThatThrownBy(() -> h.recover("p", g.original, empty, ProgressReporter.silent()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the final folder holds no images: " + empty.toAbsolutePath().normalize());
            assertThatThrownBy(() -> h.recover("p", g.original, nested, ProgressReporter.silent()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the final archive holds no images: " + nested.toAbsolutePath().normalize())
                    .hasMessageContaining("1 .zip; archives inside an archive or folder are not opened");
            assertThatThrownBy(() -> h.recover("p", g.original, g.original.resolve("."), ProgressReporter.silent()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the final is the original itself");
        }
        assertNothingStored(home);
    }

    @Test
    void aZipEntryNameThatIsNotUtf8IsReadAsCp437AndEveryOtherFinalIsStillRecovered() throws Exception {
        GeneratedHistory g = twoSets();
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        List<String> finals;
        try (var files = Files.list(g.fin)) {
            finals = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        // The first final under a renamed, Latin-1 encoded name (no UTF-8 flag): it can only be paired by content.
        entries.put("delivered/" + finals.get(0).replace(".png", "_é.png"), Files.readAllBytes(g.fin.resolve(finals.get(0))));
        entries.put("delivered/" + finals.get(1), Files.readAllBytes(g.fin.resolve(finals.get(1))));
        entries.put("delivered/café notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        Path zip = tmp.resolve("final.zip");
        zip(zip, entries, StandardCharsets.ISO_8859_1);
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryReport r = new HistoryImporter(store).recover("p", g.original, zip, ProgressReporter.silent());
            assertThat(r.finals()).isEqualTo(2);
            assertThat(r.winners()).isEqualTo(2);
            Map<String, Decision> bySet = new DecisionRepository(store).forProject("p").stream()
                    .collect(Collectors.toMap(Decision::setRef, Function.identity()));
            for (GeneratedHistory.GeneratedSet s : g.sets) {
                Decision d = bySet.get(s.names().get(0));
                assertThat(d.chosenName()).isEqualTo(s.spec() == null ? null : s.names().get(s.spec().winner()));
            }
            assertThat(r.decisions()).extracting(m -> m.get("final")).contains("delivered/" + finals.get(0).replace(".png", "_Θ.png"));
        }
    }

    @Test
    void recoveredDecisionsCarryTheFinalsModificationTimeAndExportWritesIt() throws Exception {
        GeneratedHistory g = twoSets();
        Instant t1 = Instant.parse("2025-09-01T10:15:30Z"), t2 = Instant.parse("2025-09-02T08:00:00Z");
        List<Path> finals;
        try (var files = Files.list(g.fin)) {
            finals = files.sorted().toList();
        }
        Files.setLastModifiedTime(finals.get(0), FileTime.from(t1));
        Files.setLastModifiedTime(finals.get(1), FileTime.from(t2));
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            h.recover("p", g.original, g.fin, ProgressReporter.silent());
            Map<String, String> timeByWinner = new java.util.HashMap<>();
            for (Decision d : new DecisionRepository(store).forProject("p")) timeByWinner.put(String.valueOf(d.chosenName()), d.loggedAt());
            assertThat(timeByWinner).containsEntry(finals.get(0).getFileName().toString(), t1.toString())
                    .containsEntry(finals.get(1).getFileName().toString(), t2.toString())
                    .containsEntry("null", null);
            StringWriter out = new StringWriter();
            h.export("p", "selection", out);
            assertThat(out.toString().lines().skip(1).toList()).hasSize(2)
                    .allSatisfy(line -> assertThat(line).matches(".*,2025-09-0[12]T[0-9:]+Z"));
        }
    }
}
