package dev.winnow.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.LogFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.7, the damage {@link LogDamage} cannot show (it imports with --project, which names every row's project):
 * rows of a log that names its project per row, some of them naming another project — a valid id, or one that is no
 * id at all (a path, blanks, hundreds of characters, empty). Imported without --project through the command line:
 * the CLI contract holds, counts add up, a row naming another valid project lands there and nowhere else, a row
 * naming no valid project is rejected with a reason, and every untouched row lands in its own project unchanged.
 */
class WrongProjectFuzzTest {
    static final int CASES = 12;
    private static final int ROWS = 16;
    private static final List<String> NOT_AN_ID = List.of("../etc", "mojo 3", "mojo/3", "x".repeat(300), "", "\"p\"", "p;q");

    @TempDir
    Path tmp;

    @Test
    void aRowNamingAnotherProjectLandsThereOrIsRejectedAndTheOthersAreUntouched() throws Exception {
        long seed = FuzzSeed.of("wrong-project");
        Random random = new Random(seed);
        Path home = tmp.resolve("home");
        for (int c = 0; c < CASES; c++) {
            LogFixtures.Format format = c % 2 == 0 ? LogFixtures.Format.ANOMALY : LogFixtures.Format.CROP;
            String own = "own" + c, other = "other" + c;
            int projectColumn = format.header.indexOf(format == LogFixtures.Format.CROP ? "project_id" : "project");
            int chosenColumn = format.header.indexOf(format == LogFixtures.Format.CROP ? "filename" : "chosen_path");
            List<List<String>> rows = LogFixtures.rows(format, own, ROWS, seed + c);
            Map<Integer, String> moved = new HashMap<>();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int i = random.nextInt(rows.size());
                String to = random.nextInt(3) == 0 ? other : NOT_AN_ID.get(random.nextInt(NOT_AN_ID.size()));
                moved.put(i, to);
                rows = LogFixtures.withCell(rows, i, projectColumn, to);
            }
            String what = "seed " + seed + ", case " + c + ", " + format + ", rows moved " + moved + " (" + FuzzSeed.replay(seed) + ")";
            Path file = Files.writeString(tmp.resolve("case" + c + "-" + format.fileName), LogFixtures.csv(format.header, rows, "\n"));
            CliRun run = CliRun.json(home, "import", file.toString()).assertContract(what);
            JsonNode report = run.json().path("files").get(0);
            int rejected = report.path("rejectedRows").asInt();
            assertThat(report.path("imported").asInt() + report.path("alreadyPresent").asInt() + rejected)
                    .as(what + ": rows = imported + already present + rejected: " + report).isEqualTo(report.path("rows").asInt());
            Set<String> rejectedLines = new HashSet<>();
            for (JsonNode p : report.path("rejected")) {
                assertThat(p.path("reason").asText()).as(what).isIn("bad-project", "no-project");
                rejectedLines.add(p.path("path").asText());
            }
            long invalid = moved.values().stream().filter(p -> !p.equals(other)).count();
            assertThat(rejected).as(what + ": exactly the rows naming no valid project are rejected").isEqualTo((int) invalid);
            assertThat(run.exit()).as(what).isEqualTo(invalid > 0 ? 1 : 0);

            Map<String, String> projectOf = new HashMap<>();
            try (Store store = Store.open(home)) {
                for (String p : List.of(own, other)) {
                    for (Decision d : new DecisionRepository(store).forProject(p)) {
                        assertThat(projectOf.put(d.chosenName(), p)).as(what + ": " + d.chosenName() + " stored once").isNull();
                    }
                }
            }
            List<String> lost = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String path = rows.get(i).get(chosenColumn);
                String name = path.substring(path.lastIndexOf('/') + 1);
                String to = moved.get(i);
                String expected = to == null ? own : to.equals(other) ? other : null;
                if (expected == null) {
                    assertThat(rejectedLines).as(what + ": row " + i + " rejected by its line").contains(file.getFileName() + ":" + (i + 2));
                    assertThat(projectOf).as(what + ": a row with no valid project is stored nowhere").doesNotContainKey(name);
                } else if (!expected.equals(projectOf.get(name))) {
                    lost.add("row " + i + " (" + name + ") in " + projectOf.get(name) + ", expected " + expected);
                }
            }
            assertThat(lost).as(what + ": rows stored under the wrong project or lost").isEmpty();
        }
    }
}
