package dev.winnow.history;

import dev.winnow.common.Problem;
import dev.winnow.store.DecisionRepository;
import dev.winnow.domain.Decision;
import dev.winnow.store.Store;
import dev.winnow.testing.LogFixtures;
import dev.winnow.testing.LogFixtures.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs damaged one way each (issue 17: quotes, JSON fields, identity, times, huge values; issue 13: encodings, counts). */
class DamagedLogTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static List<List<String>> rows(Format f, int n) {
        return LogFixtures.rows(f, "p", n, 7);
    }

    private static Set<String> chosen(Store store) {
        return new DecisionRepository(store).forProject("p").stream().map(Decision::chosenName).collect(Collectors.toSet());
    }

    private static void assertCountsAddUp(ImportReport r) {
        for (LogFileReport f : r.files()) {
            assertThat(f.imported() + f.alreadyPresent() + f.rejectedRows() + f.reversed())
                    .as(f.file() + ": rows = imported + present + rejected + taken back by an undo")
                    .isEqualTo(f.rows());
            assertThat(f.rejectedByReason().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(f.rejectedRows());
        }
    }

    @Test
    void anUnbalancedQuoteCostsOnlyItsOwnLineAndTheSkippedRangeIsReported() throws Exception {
        List<List<String>> good = rows(Format.SELECTION, 20);
        List<String> lines = new ArrayList<>(List.of(LogFixtures.csv(Format.SELECTION.header, good, "\n").split("\n")));
        lines.set(5, lines.get(5).replaceFirst(",", ",\""));   // row 5 (line 6): a quote opens and never closes
        lines.set(12, "\"" + lines.get(12));                  // row 12 (line 13)
        lines.add(13, "\"garbage, continues");                  // an extra broken line right after: one range 13-14
        Path f = write("sel.csv", String.join("\n", lines) + "\n");
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(f), "p");
            assertCountsAddUp(r);
            assertThat(r.imported()).as("every untouched row").isEqualTo(18);
            assertThat(r.rejected()).extracting(Problem::path, Problem::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("sel.csv:6", "csv-syntax"),
                    org.assertj.core.groups.Tuple.tuple("sel.csv:13-14", "csv-syntax"));
            assertThat(r.rejected().get(0).detail()).contains("after a closing quote at column").contains("resumes at line 7");
            assertThat(r.rejected().get(1).detail()).contains("2 lines are skipped, reading resumes at line 15");
            assertThat(r.rejectedByReason()).containsEntry("csv-syntax", 3);
            Set<String> expected = new java.util.HashSet<>();
            for (int i = 0; i < good.size(); i++) if (i != 4 && i != 11) expected.add(RowFields.nameOf(good.get(i).get(2)));
            assertThat(chosen(store)).isEqualTo(expected);
        }
    }

    @Test
    void aValueWithALineBreakInsideQuotesIsStillOneRow() throws Exception {
        List<List<String>> good = LogFixtures.withCell(rows(Format.SELECTION, 3), 1, 1, "set\nwith a line break");
        Path f = write("sel.csv", LogFixtures.csv(Format.SELECTION.header, good, "\r\n"));
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(f), "p");
            assertThat(r.imported()).isEqualTo(3);
            assertThat(r.files().get(0).rows()).isEqualTo(3);
            assertThat(new DecisionRepository(store).forProject("p")).extracting(Decision::setRef).contains("set\nwith a line break");
        }
    }

    @Test
    void aQuoteInTheHeaderRefusesTheFileNamingLineAndColumn() throws Exception {
        String text = LogFixtures.csv(Format.SELECTION.header, rows(Format.SELECTION, 3), "\n").replaceFirst("set_id", "\"set_id");
        Path f = write("sel.csv", "\n" + text);
        try (Store store = Store.open(tmp.resolve("home"))) {
            LogFileReport r = new HistoryImporter(store).importLogs(List.of(f), "p").files().get(0);
            assertThat(r.refused()).isEqualTo("the header (line 2) is not valid CSV: a quote opened at column 12 is never closed");
            assertThat(r.rows()).isZero();
        }
    }

    @Test
    void jsonListFieldsAreTypeCheckedPerRowNeverAnException() throws Exception {
        List<List<String>> good = rows(Format.SELECTION, 9);
        String[] bad = {"null", "42", "{\"a\": 1}", "[]", "[null]", "[[\"x.png\"]]", "[\"\"]", "not json"};
        List<List<String>> damaged = good;
        for (int i = 0; i < bad.length; i++) damaged = LogFixtures.withCell(damaged, i, 3, bad[i]);
        List<List<String>> anomalies = LogFixtures.withCell(rows(Format.ANOMALY, 3), 0, 6, "[]");
        Path sel = write("sel.csv", LogFixtures.csv(Format.SELECTION.header, damaged, "\n"));
        Path an = write("anomaly.csv", LogFixtures.csv(Format.ANOMALY.header, anomalies, "\n"));
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(sel, an), "p");
            assertCountsAddUp(r);
            assertThat(r.files().get(0).imported()).isEqualTo(1);
            assertThat(r.files().get(0).rejectedByReason()).isEqualTo(Map.of("bad-list", 7, "empty-list", 1));
            assertThat(r.files().get(0).rejected()).extracting(Problem::detail)
                    .anySatisfy(d -> assertThat(d).contains("JSON null"))
                    .anySatisfy(d -> assertThat(d).contains("JSON number"))
                    .anySatisfy(d -> assertThat(d).contains("empty list"));
            assertThat(r.files().get(1).rejectedByReason()).isEqualTo(Map.of("empty-list", 1));
            assertThat(r.files().get(1).imported()).isEqualTo(2);
        }
    }

    @Test
    void theSameDecisionsWithOtherColumnOrderQuotingOrLineEndsImportOnce() throws Exception {
        List<List<String>> good = rows(Format.SELECT_CROP, 20);
        List<String> header = Format.SELECT_CROP.header;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) order.add(i);
        java.util.Collections.reverse(order);
        List<String> swappedHeader = order.stream().map(header::get).toList();
        List<List<String>> swapped = good.stream().map(r -> order.stream().map(r::get).toList()).toList();
        String allQuoted = LogFixtures.allQuoted(header, good, "\r");
        try (Store store = Store.open(tmp.resolve("home"))) {
            HistoryImporter h = new HistoryImporter(store);
            assertThat(h.importLogs(List.of(write("a.csv", LogFixtures.csv(header, good, "\n"))), "p").imported()).isEqualTo(20);
            ImportReport again = h.importLogs(List.of(write("b.csv", LogFixtures.csv(swappedHeader, swapped, "\r\n")),
                    write("c.csv", allQuoted)), "p");
            assertThat(again.imported()).as("columns reversed, CRLF; every field quoted, CR line ends").isZero();
            assertThat(again.alreadyPresent()).isEqualTo(40);
            assertThat(new DecisionRepository(store).forProject("p")).hasSize(20);
        }
    }

    @Test
    void decisionsStoredUnderTheOldIdentityAreReidentifiedKeepingEveryRow() throws Exception {
        List<List<String>> good = rows(Format.SELECTION, 4);
        try (Store store = Store.open(tmp.resolve("home"))) {
            DecisionRepository repo = new DecisionRepository(store);
            // What an earlier Winnow stored: identity = hash of the raw cells, so the same row with two columns swapped
            // was stored twice.
            List<String> header = Format.SELECTION.header;
            for (int copy = 0; copy < 2; copy++) {
                for (int i = 0; i < good.size(); i++) {
                    List<String> row = good.get(i);
                    Map<String, String> cells = new java.util.LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) cells.put(header.get(c), row.get(c));
                    String raw = LogImporter.json(Map.of("log", "old.csv", "line", i + 2, "format", "selection", "row", cells));
                    String chosen = RowFields.nameOf(row.get(2));
                    repo.insert(new Decision(0, "p", "log", "old.csv:" + (i + 2), "selection", row.get(1), chosen, 2.0,
                            List.of(RowFields.nameOf(row.get(3).replaceAll("[\\[\\]\"]", ""))), "not_recorded", null, raw, 1.0,
                            row.get(4), null, null, "log:" + copy + ":" + i));
                }
            }
            List<Decision> before = repo.forProject("p");
            ImportReport r = new HistoryImporter(store).importLogs(List.of(write("sel.csv",
                    LogFixtures.csv(header, good, "\n"))), "p");
            assertThat(r.reidentified()).isEqualTo(8);
            assertThat(r.repeatsKept()).isEqualTo(4);
            assertThat(r.imported()).as("the logged rows are known by meaning now").isZero();
            assertThat(r.alreadyPresent()).isEqualTo(4);
            List<Decision> after = repo.forProject("p");
            assertThat(after).extracting(Decision::id).containsExactlyElementsOf(before.stream().map(Decision::id).toList());
            assertThat(after).extracting(Decision::chosenName).containsExactlyElementsOf(before.stream().map(Decision::chosenName).toList());
            assertThat(after).allSatisfy(d -> assertThat(d.fingerprint()).startsWith(DecisionIdentity.PREFIX));
            assertThat(after.stream().filter(d -> d.fingerprint().contains("#")).count()).isEqualTo(4);
            assertThat(new HistoryImporter(store).importLogs(List.of(tmp.resolve("sel.csv")), "p").reidentified())
                    .as("once per store").isZero();
        }
    }

    @Test
    void timesParseInTheDocumentedFormatsAnEmptyOneIsCountedAndAnythingElseIsRejected() throws Exception {
        List<List<String>> good = rows(Format.SELECTION, 8);
        String[] times = {"2025-10-05T03:25:40.984589Z", "2025-07-28T04:06:06+02:00", "2025-10-05 03:25:40", "20250727_224840",
                "", "yesterday", "1728000000", "0001-01-01T00:00:00Z"};
        List<List<String>> rows = good;
        for (int i = 0; i < times.length; i++) rows = LogFixtures.withCell(rows, i, 4, times[i]);
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(write("sel.csv",
                    LogFixtures.csv(Format.SELECTION.header, rows, "\n"))), "p");
            assertCountsAddUp(r);
            assertThat(r.imported()).isEqualTo(5);
            assertThat(r.files().get(0).timeUnknown()).isEqualTo(1);
            assertThat(r.rejectedByReason()).isEqualTo(Map.of("bad-timestamp", 3));
            assertThat(new DecisionRepository(store).forProject("p")).extracting(Decision::loggedAt)
                    .containsExactlyInAnyOrder("2025-10-05T03:25:40.984589Z", "2025-07-28T02:06:06Z", "2025-10-05T03:25:40",
                            "2025-07-27T22:48:40", null);
        }
    }

    @Test
    void aHugeValueIsQuotedAtMostAboutTwoHundredCharacters() throws Exception {
        List<List<String>> rows = new ArrayList<>(rows(Format.SELECT_CROP, 3));
        for (int col : new int[] {6, 10, 2}) rows.add(LogFixtures.withCell(rows, 0, col, "9".repeat(500_000) + "x").get(0));
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(write("crop.csv",
                    LogFixtures.csv(Format.SELECT_CROP.header, rows, "\n"))), "p");
            assertThat(r.rejectedRows()).as(r.rejected().toString()).isEqualTo(3);
            for (Problem p : r.rejected()) assertThat(p.detail().length()).as(p.reason()).isLessThan(400);
        }
    }

    @Test
    void everyEncodingRuleAndEachFileOnItsOwn() throws Exception {
        List<List<String>> good = LogFixtures.withCell(rows(Format.SELECTION, 3), 0, 1, "séance");
        String text = LogFixtures.csv(Format.SELECTION.header, good, "\r\n");
        byte[] bomUtf8 = LogFixtures.encoded(text, StandardCharsets.UTF_8, true);
        byte[] utf16le = LogFixtures.encoded(text, StandardCharsets.UTF_16LE, true);
        byte[] utf16be = LogFixtures.encoded(text, StandardCharsets.UTF_16BE, true);
        byte[] utf16bare = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] cp1252 = text.replace("séance", "séance – ok").getBytes(Charset.forName("windows-1252"));
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("bom8.csv", bomUtf8);
        files.put("bom16le.csv", utf16le);
        files.put("bom16be.csv", utf16be);
        files.put("bare16.csv", utf16bare);
        files.put("cp1252.csv", cp1252);
        files.put("random.csv", random);
        List<Path> paths = new ArrayList<>();
        for (var e : files.entrySet()) {
            try (Store store = Store.open(tmp.resolve("home-" + e.getKey()))) {
                Path p = write(e.getKey(), e.getValue());
                paths.add(p);
                LogFileReport r = new HistoryImporter(store).importLogs(List.of(p), "p").files().get(0);
                switch (e.getKey()) {
                    case "random.csv" -> assertThat(r.refused()).startsWith("not a text file");
                    case "cp1252.csv" -> {
                        assertThat(r.encoding()).isEqualTo("windows-1252");
                        assertThat(r.notes()).singleElement().asString().contains("read as windows-1252");
                        assertThat(new DecisionRepository(store).forProject("p")).extracting(Decision::setRef)
                                .contains("séance – ok");
                    }
                    default -> {
                        assertThat(r.refused()).as(e.getKey()).isNull();
                        assertThat(r.imported()).as(e.getKey()).isEqualTo(3);
                        assertThat(new DecisionRepository(store).forProject("p")).extracting(Decision::setRef).contains("séance");
                    }
                }
            }
        }
        try (Store store = Store.open(tmp.resolve("home-all"))) {
            ImportReport all = new HistoryImporter(store).importLogs(List.of(tmp.resolve("random.csv"), tmp.resolve("bom8.csv"),
                    tmp.resolve("missing.csv"), tmp), "p");
            assertThat(all.files()).extracting(LogFileReport::refused).filteredOn(java.util.Objects::nonNull).hasSize(3)
                    .anySatisfy(s -> assertThat(s).startsWith("not a text file"))
                    .anySatisfy(s -> assertThat(s).isEqualTo("no such file"))
                    .anySatisfy(s -> assertThat(s).isEqualTo("is a folder, not a log file"));
            assertThat(all.imported()).as("the good file imports beside the refused ones").isEqualTo(3);
            assertThat(all.hasProblems()).isTrue();
        }
    }

    @Test
    void aLatin1FileAndOneBadLineInAUtf8File() throws Exception {
        List<List<String>> good = LogFixtures.withCell(rows(Format.SELECTION, 4), 0, 1, "a\u0081b");
        Path latin1 = write("latin1.csv", LogFixtures.csv(Format.SELECTION.header, good, "\n").getBytes(StandardCharsets.ISO_8859_1));
        List<List<String>> utf = LogFixtures.withCell(LogFixtures.rows(Format.SELECTION, "p", 4, 8), 1, 1, "café");
        byte[] bytes = LogFixtures.csv(Format.SELECTION.header, utf, "\n").getBytes(StandardCharsets.UTF_8);
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        int third = asText.indexOf('\n', asText.indexOf('\n', asText.indexOf('\n') + 1) + 1) + 3; // inside line 4
        bytes[third] = (byte) 0xFF;
        Path mixed = write("mixed.csv", bytes);
        try (Store store = Store.open(tmp.resolve("home"))) {
            ImportReport r = new HistoryImporter(store).importLogs(List.of(latin1, mixed), "p");
            assertCountsAddUp(r);
            assertThat(r.files().get(0).encoding()).isEqualTo("ISO-8859-1");
            assertThat(r.files().get(0).imported()).isEqualTo(4);
            assertThat(r.files().get(1).encoding()).isEqualTo("UTF-8");
            assertThat(r.files().get(1).imported()).as(r.files().get(1).rejected().toString()).isEqualTo(3);
            assertThat(r.files().get(1).rejected()).extracting(Problem::path, Problem::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("mixed.csv:4", "not-utf8"));
        }
    }
}
