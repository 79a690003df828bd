package dev.winnow.fuzz;

import dev.winnow.store.DecisionRepository;
import dev.winnow.domain.Decision;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes `winnow history` with a damaged zip of finals ({@link ArchiveDamage}, every kind in turn). Whatever the
 * damage: the run keeps the CLI contract, an archive is refused only when it was damaged as a whole (and one holding
 * only an archive is refused, never read as "every set rejected"), and every final the damage did not touch gives
 * its set the decision the clean zip gives it.
 */
class ArchiveFuzzTest {
    static final int EXTRA_CASES = 2;
    private static final String[] STAGES = {"stage1_generated", "stage2_upscaled", "stage3_enhanced"};

    @TempDir
    Path tmp;

    /** What history decided for a set: its winner (null: rejected as a whole) and crop state. */
    private record Outcome(String winner, String cropState) {
    }

    private static Map<String, Outcome> outcomes(Path home, String project) {
        Map<String, Outcome> out = new HashMap<>();
        try (Store store = Store.open(home)) {
            for (Decision d : new DecisionRepository(store).forProject(project)) out.put(d.setRef(), new Outcome(d.chosenName(), d.cropState()));
        }
        return out;
    }

    @Test
    void everyDamageLosesOnlyTheFinalsItTouched() throws Exception {
        long seed = FuzzSeed.of("archives");
        Random random = new Random(seed);
        Path original = Files.createDirectories(tmp.resolve("original"));
        List<ArchiveDamage.Entry> finals = new ArrayList<>();
        List<String> setKeys = new ArrayList<>();
        for (int set = 0; set < 3; set++) {
            List<Path> members = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                members.add(TestImages.png(original.resolve(String.format("20250101_00%02d%02d_%s.png", set, s * 10, STAGES[s])),
                        48 * (s + 1), 70 * (s + 1)));
            }
            setKeys.add(members.get(0).getFileName().toString());
            Path winner = members.get(set == 1 ? 1 : 2);
            finals.add(new ArchiveDamage.Entry("delivered/" + winner.getFileName(), Files.readAllBytes(winner), false));
        }
        Path home = tmp.resolve("home");
        Path cleanZip = Files.write(tmp.resolve("clean.zip"), ArchiveDamage.zip(finals));
        CliRun.json(home, "history", "clean", "--original", original.toString(), "--final", cleanZip.toString())
                .assertContract("the clean zip");
        Map<String, Outcome> clean = outcomes(home, "clean");
        assertThat(clean.values()).extracting(Outcome::winner).as("the clean zip recovers every winner").doesNotContainNull().hasSize(3);

        ArchiveDamage[] kinds = ArchiveDamage.values();
        for (int c = 0; c < kinds.length + EXTRA_CASES; c++) {
            ArchiveDamage kind = kinds[c % kinds.length];
            ArchiveDamage.Damaged damaged = kind.apply(finals, random);
            String what = "seed " + seed + ", case " + c + ", " + kind + " (" + damaged.what() + "; " + FuzzSeed.replay(seed) + ")";
            Path zip = Files.write(tmp.resolve("case" + c + ".zip"), damaged.zip());
            String project = "case" + c;
            CliRun run = CliRun.json(home, "history", project, "--original", original.toString(), "--final", zip.toString())
                    .assertContract(what);
            if (run.exit() == 2) {
                assertThat(damaged.mayRefuse()).as(what + ": refused although only some finals were damaged: " + run.json()).isTrue();
                assertThat(run.json().path("error").asText()).as(what).isNotBlank();
                assertThat(outcomes(home, project)).as(what + ": a refused archive stores nothing").isEmpty();
                continue;
            }
            assertThat(kind).as(what + ": an archive holding only an archive must be refused").isNotEqualTo(ArchiveDamage.ONLY_A_NESTED_ARCHIVE);
            Map<String, Outcome> got = outcomes(home, project);
            for (int i = 0; i < finals.size(); i++) {
                if (damaged.touched().contains(i)) continue;
                assertThat(got.get(setKeys.get(i))).as(what + ": untouched final " + i + " recovers as from the clean zip")
                        .isEqualTo(clean.get(setKeys.get(i)));
            }
        }
    }
}
