package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.domain.StageSet;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Smoke test of the whole demo pipeline at the tiny scale: every step runs, twice, and the second run reuses. */
class DemoCommandTest {
    private static final List<String> STEPS = List.of("generate", "scan", "import logs", "history", "embed", "train",
            "evaluate", "predict (each project with the models trained without it)");

    @TempDir
    Path home;

    @Test
    void smallDemoRunsEveryStepPredictsEverySetAndReusesItsDataOnTheSecondRun() throws Exception {
        CliRunner cli = new CliRunner(home);
        CliRunner.Run first = cli.run("--json", "demo", "--small", "--no-review");
        assertThat(first.exit()).as(first.err()).isIn(0, 1);
        JsonNode json = first.json();
        assertThat(stepNames(json)).as(first.err()).hasSize(STEPS.size());
        for (int i = 0; i < STEPS.size(); i++) assertThat(stepNames(json).get(i)).startsWith(STEPS.get(i));
        assertThat(json.path("history")).hasSize(3).allSatisfy(h -> assertThat(h.path("skipped").asBoolean()).isFalse());
        assertThat(first.err()).contains("judged against the demo's hidden truth");

        List<String> projects = new ArrayList<>();
        json.path("history").forEach(h -> projects.add(h.path("project").asText()));
        try (Store store = Store.open(home)) {
            for (String p : projects) {
                List<StageSet> sets = new SetRepository(store).list(p, 0);
                Set<Long> predicted = new PredictionRepository(store).forProject(p).stream().map(PredictionRow::setId)
                        .collect(Collectors.toSet());
                assertThat(sets).as(p).isNotEmpty();
                assertThat(predicted).as("sets of " + p + " with a prediction")
                        .containsAll(sets.stream().map(StageSet::id).toList());
                assertThat(new PredictionRepository(store).forProject(p)).as("predicted by models that never saw " + p)
                        .allSatisfy(r -> assertThat(r.rankerVersion() != null ? r.rankerVersion() : r.cropVersion())
                                .as("a single's crop, a stage set's pick").isEqualTo("trained without " + p));
            }
        }
        try (Stream<Path> models = Files.walk(home.resolve("models"))) {
            assertThat(models.filter(f -> f.getFileName().toString().equals("metadata.json")).count()).isPositive();
        }
        Path report = Path.of(json.path("evalReport").asText());
        assertThat(report).isRegularFile().hasFileName("report.html");

        Path demoDir = Path.of(json.path("demoDir").asText());
        Path truth;
        try (Stream<Path> files = Files.list(demoDir.resolve("truth"))) {
            truth = files.findFirst().orElseThrow();
        }
        FileTime truthTime = Files.getLastModifiedTime(truth);
        CliRunner.Run second = cli.run("--json", "demo", "--small", "--no-review");
        assertThat(second.exit()).as(second.err()).isIn(0, 1);
        assertThat(second.err()).contains("reused 3 projects").doesNotContain("generated 3 projects");
        assertThat(Files.getLastModifiedTime(truth)).isEqualTo(truthTime);
        assertThat(second.json().path("history")).hasSize(3)
                .allSatisfy(h -> assertThat(h.path("skipped").asBoolean()).isTrue());
        assertThat(second.err()).contains("already recovered", "judged against the demo's hidden truth");

        // Another seed makes other data under the same project ids: mixing it with the first run's decisions would
        // corrupt every number, so the demo stops and says how to run it apart.
        CliRunner.Run otherSeed = cli.run("demo", "--small", "--no-review", "--seed", "7");
        assertThat(otherSeed.exit()).isEqualTo(2);
        assertThat(otherSeed.err()).contains("older demo data", "fresh home");
        assertThat(otherSeed.err()).doesNotContain("== scan");
    }

    private static List<String> stepNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.path("steps").forEach(s -> names.add(s.path("step").asText()));
        return names;
    }
}
