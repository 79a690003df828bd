package dev.winnow.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.CropBox;
import dev.winnow.history.HistoryImporter;
import dev.winnow.store.DecisionRepository;
import dev.winnow.domain.Decision;
import dev.winnow.store.Store;
import dev.winnow.testing.LogFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes `winnow import` (issues 13.7 and 17): logs of every real format, each damaged one way ({@link LogDamage},
 * every kind in turn, its details drawn from the seed), imported through the command line. Whatever the damage: the
 * run keeps the CLI contract ({@link CliRun}), per-file counts add up, every rejection has a reason and quotes
 * values briefly, a file is refused only when its header or all of it was damaged, and every row the damage did not
 * touch is imported with the meaning the clean log gives it.
 */
class LogFuzzTest {
    /** Cases per run: every kind three times (~10 s on a busy 2-core machine; a replay reruns the same cases). */
    static final int CASES = 3 * LogDamage.values().length;
    private static final int ROWS = 20;
    private static final long FIXTURE_SEED = 17;

    @TempDir
    Path tmp;

    /** What a decision says, without where it came from. */
    private record Meaning(String kind, String set, String chosen, List<String> losers, String cropState, CropBox crop,
                           String time) {
        static Meaning of(Decision d) {
            List<String> losers = new ArrayList<>(d.loserNames());
            Collections.sort(losers);
            return new Meaning(d.kind(), d.setRef(), d.chosenName(), losers, d.cropState(), d.crop(), d.loggedAt());
        }
    }

    @Test
    void everyDamageLosesOnlyTheRowsItTouched() throws Exception {
        long seed = FuzzSeed.of("logs");
        Random random = new Random(seed);
        Path home = tmp.resolve("home");
        Map<LogFixtures.Format, Map<String, Meaning>> clean = new EnumMap<>(LogFixtures.Format.class);
        Map<LogFixtures.Format, List<List<String>>> fixtures = new EnumMap<>(LogFixtures.Format.class);
        try (Store store = Store.open(home)) {
            for (LogFixtures.Format f : LogFixtures.Format.values()) {
                List<List<String>> rows = LogFixtures.rows(f, "p", ROWS, FIXTURE_SEED);
                fixtures.put(f, rows);
                Path file = Files.writeString(tmp.resolve("clean-" + f.fileName), LogFixtures.csv(f.header, rows, "\n"));
                var report = new HistoryImporter(store).importLogs(List.of(file), "clean-" + f.ordinal());
                assertThat(report.imported()).as("the clean " + f + " log imports whole").isEqualTo(ROWS);
                Map<String, Meaning> byChosen = new HashMap<>();
                for (Decision d : new DecisionRepository(store).forProject("clean-" + f.ordinal())) byChosen.put(d.chosenName(), Meaning.of(d));
                clean.put(f, byChosen);
            }
        }
        LogDamage[] kinds = LogDamage.values();
        for (int c = 0; c < CASES; c++) {
            LogDamage kind = kinds[c % kinds.length];
            List<LogFixtures.Format> formats = java.util.Arrays.stream(LogFixtures.Format.values()).filter(kind::appliesTo).toList();
            LogFixtures.Format format = formats.get(random.nextInt(formats.size()));
            List<List<String>> rows = new ArrayList<>(fixtures.get(format));
            Collections.shuffle(rows, random);
            rows = rows.subList(0, 3 + random.nextInt(ROWS - 2));
            LogSample sample = new LogSample(format, format.header, rows);
            LogSample.Damaged damaged = kind.apply(sample, random);
            String what = "seed " + seed + ", case " + c + ", " + kind + " on " + format + " (" + damaged.what() + "; "
                    + FuzzSeed.replay(seed) + ")";
            Path file = Files.write(tmp.resolve("case" + c + "-" + format.fileName), damaged.bytes());
            String project = "case" + c;
            CliRun run = CliRun.json(home, "import", file.toString(), "--project", project).assertContract(what);
            JsonNode report = run.json().path("files").get(0);
            assertThat(report).as(what).isNotNull();
            boolean refused = !report.path("refused").isNull() && !report.path("refused").isMissingNode();
            if (refused) {
                assertThat(damaged.mayRefuse()).as(what + ": refused although only rows were damaged: " + report.path("refused")).isTrue();
                assertThat(report.path("refused").asText()).as(what).isNotBlank();
                assertThat(run.exit()).as(what).isEqualTo(1);
                continue;
            }
            int rowsRead = report.path("rows").asInt(), rejected = report.path("rejectedRows").asInt();
            assertThat(report.path("imported").asInt() + report.path("alreadyPresent").asInt() + rejected + report.path("reversed").asInt())
                    .as(what + ": rows = imported + already present + rejected: " + report).isEqualTo(rowsRead);
            int byReason = 0;
            for (JsonNode n : report.path("rejectedByReason")) byReason += n.asInt();
            assertThat(byReason).as(what + ": every rejected row counted under a reason").isEqualTo(rejected);
            for (JsonNode p : report.path("rejected")) {
                assertThat(p.path("reason").asText()).as(what).isNotBlank();
                assertThat(p.path("detail").asText()).as(what + ": the detail says why").isNotBlank();
                assertThat(p.path("detail").asText().length() + p.path("path").asText().length())
                        .as(what + ": a problem quotes values briefly").isLessThan(1200);
            }
            assertThat(run.exit()).as(what + ": exit 1 exactly when something was rejected").isEqualTo(rejected > 0 ? 1 : 0);
            Map<String, Meaning> stored = new HashMap<>();
            try (Store store = Store.open(home)) {
                for (Decision d : new DecisionRepository(store).forProject(project)) stored.put(d.chosenName(), Meaning.of(d));
            }
            int chosenColumn = format.header.indexOf(format == LogFixtures.Format.CROP ? "filename" : "chosen_path");
            for (int i = 0; i < rows.size(); i++) {
                if (damaged.touched().contains(i)) continue;
                String path = rows.get(i).get(chosenColumn);
                Meaning expected = clean.get(format).get(path.substring(path.lastIndexOf('/') + 1));
                assertThat(stored.get(expected.chosen())).as(what + ": untouched row " + i + " must import as the clean log has it")
                        .isEqualTo(expected);
            }
        }
    }
}
