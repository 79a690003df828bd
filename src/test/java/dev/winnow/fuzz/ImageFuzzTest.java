package dev.winnow.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Problem;
import dev.winnow.domain.FileState;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes `winnow scan` and `winnow embed` with one damaged image per case ({@link ImageDamage}, every kind in turn).
 * Whatever the damage: both runs keep the CLI contract, every other image is catalogued and embedded, and the
 * damaged one is never dropped without a word: it is refused by scan with a reason, marked by embed with a reason,
 * or (a harmless damage) simply embedded.
 */
class ImageFuzzTest {
    static final int EXTRA_CASES = 4;

    @TempDir
    Path tmp;

    private Path cleanProject() {
        Path root = tmp.resolve("clean");
        String[] stages = {"stage1_generated", "stage2_upscaled", "stage3_enhanced"};
        for (int set = 0; set < 3; set++) {
            for (int s = 0; s < 3; s++) {
                String stem = String.format("20250101_00%02d%02d_%s", set, s * 10, stages[s]);
                if (set == 2 && s == 2) TestImages.jpeg(root.resolve(stem + ".jpg"), 60 * (s + 1), 88 * (s + 1));
                else TestImages.png(root.resolve(stem + ".png"), 60 * (s + 1), 88 * (s + 1));
            }
        }
        return root;
    }

    @Test
    void everyDamageLosesOnlyTheImageItTouched() throws Exception {
        long seed = FuzzSeed.of("images");
        Random random = new Random(seed);
        Path clean = cleanProject();
        List<String> names;
        try (Stream<Path> files = Files.list(clean)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Path home = tmp.resolve("home");
        ImageDamage[] kinds = ImageDamage.values();
        for (int c = 0; c < kinds.length + EXTRA_CASES; c++) {
            ImageDamage kind = kinds[c % kinds.length];
            Path root = Files.createDirectories(tmp.resolve("case" + c));
            for (String n : names) Files.copy(clean.resolve(n), root.resolve(n));
            String victim = names.get(random.nextInt(names.size()));
            Path damaged = kind.apply(root.resolve(victim), random);
            String what = "seed " + seed + ", case " + c + ", " + kind + " on " + victim + " (" + FuzzSeed.replay(seed) + ")";
            String project = "case" + c;
            CliRun.json(home, "project", "add", project, root.toString()).assertContract(what);
            CliRun scan = CliRun.json(home, "scan", project).assertContract(what);
            CliRun.json(home, "embed", project).assertContract(what);

            try (Store store = Store.open(home)) {
                Map<String, ImageFile> files = new FileRepository(store).index(project);
                ContentRepository content = new ContentRepository(store);
                Map<Long, Problem> undecodable = new DecodeFailureRepository(store).forProject(project);
                for (String n : names) {
                    if (n.equals(victim)) continue;
                    ImageFile f = files.get(n);
                    assertThat(f).as(what + ": untouched " + n + " catalogued").isNotNull();
                    assertThat(f.state()).as(what + ": untouched " + n).isEqualTo(FileState.PRESENT);
                    assertThat(content.forFile(f.id())).as(what + ": untouched " + n + " embedded").isPresent();
                    assertThat(undecodable).as(what).doesNotContainKey(f.id());
                }
                String now = damaged.getFileName().toString();
                ImageFile d = files.get(now);
                assertThat(d).as(what + ": the damaged image is catalogued, never skipped without a word").isNotNull();
                if (d.state() == FileState.PROBLEM) {
                    List<String> reasons = new ArrayList<>();
                    for (JsonNode p : scan.json().path("scans").get(0).path("problems")) {
                        if (p.path("path").asText().equals(now)) reasons.add(p.path("reason").asText());
                    }
                    assertThat(reasons).as(what + ": scan says why it refused the image").isNotEmpty();
                } else {
                    assertThat(d.state()).as(what).isEqualTo(FileState.PRESENT);
                    assertThat(content.forFile(d.id()).isPresent() || undecodable.containsKey(d.id()))
                            .as(what + ": the damaged image is embedded or marked with its reason").isTrue();
                    if (undecodable.containsKey(d.id())) assertThat(undecodable.get(d.id()).reason()).as(what).isNotBlank();
                }
            }
        }
    }
}
