package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalOutputWhateverTheThreadCount() throws IOException {
        DemoLayout one = new DemoGenerator(1).generate(tmp.resolve("one"), SmallDemo.config(7));
        DemoLayout three = new DemoGenerator(3).generate(tmp.resolve("three"), SmallDemo.config(7));

        Map<String, byte[]> a = contents(one.root());
        Map<String, byte[]> b = contents(three.root());
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a.keySet()).anyMatch(k -> k.endsWith("_stage2_upscaled.png")).anyMatch(k -> k.startsWith("truth/"));
        for (String file : a.keySet()) {
            assertThat(b.get(file)).as(file).isEqualTo(a.get(file));
        }
    }

    @Test
    void differentSeedGivesDifferentTruthAndNames() throws IOException {
        DemoLayout a = new DemoGenerator().generate(tmp.resolve("a"), SmallDemo.tiny(7));
        DemoLayout b = new DemoGenerator().generate(tmp.resolve("b"), SmallDemo.tiny(8));

        assertThat(Files.readAllBytes(b.project("solo").truth())).isNotEqualTo(Files.readAllBytes(a.project("solo").truth()));
        assertThat(names(b.project("solo").originals())).isNotEqualTo(names(a.project("solo").originals()));
    }

    @Test
    void secondCallReusesACompleteGenerationWithoutWriting() throws IOException {
        Path dir = tmp.resolve("demo");
        DemoLayout first = new DemoGenerator().generate(dir, SmallDemo.tiny(3));
        Path marker = dir.resolve(GenerationMarker.COMPLETE);
        FileTime markerTime = Files.getLastModifiedTime(marker);
        Path truth = first.project("solo").truth();
        FileTime truthTime = Files.getLastModifiedTime(truth);

        DemoLayout second = new DemoGenerator().generate(dir, SmallDemo.tiny(3));

        assertThat(first.freshlyGenerated()).isTrue();
        assertThat(second.freshlyGenerated()).isFalse();
        assertThat(second).isEqualTo(new DemoLayout(first.root(), first.projects(), false));
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(markerTime);
        assertThat(Files.getLastModifiedTime(truth)).isEqualTo(truthTime);
    }

    @Test
    void incompleteGenerationIsRegeneratedInFull() throws IOException {
        Path dir = tmp.resolve("demo");
        DemoLayout first = new DemoGenerator().generate(dir, SmallDemo.tiny(3));
        Map<String, byte[]> before = contents(dir);
        Path someImage = firstPng(first.project("solo").originals());
        Files.delete(someImage);
        Files.delete(dir.resolve(GenerationMarker.COMPLETE));

        DemoLayout again = new DemoGenerator().generate(dir, SmallDemo.tiny(3));

        assertThat(again.freshlyGenerated()).isTrue();
        assertThat(someImage).exists();
        Map<String, byte[]> after = contents(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get(dir.relativize(someImage).toString())).isEqualTo(before.get(dir.relativize(someImage).toString()));
    }

    @Test
    void anotherConfigInTheSameFolderReplacesTheOldGeneration() throws IOException {
        Path dir = tmp.resolve("demo");
        DemoLayout old = new DemoGenerator().generate(dir, SmallDemo.tiny(3));
        List<String> oldNames = names(old.project("solo").originals());

        DemoLayout replaced = new DemoGenerator().generate(dir, SmallDemo.tiny(4));

        assertThat(replaced.freshlyGenerated()).isTrue();
        assertThat(names(replaced.project("solo").originals())).doesNotContainAnyElementsOf(oldNames);
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotADemo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("photos"));
        Path precious = Files.writeString(dir.resolve("holiday.png"), "not really a png");

        assertThatThrownBy(() -> new DemoGenerator().generate(dir, SmallDemo.tiny(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing");
        assertThat(precious).hasContent("not really a png");
    }

    @Test
    void reportsProgressForEverySetInOrder() {
        List<int[]> calls = new ArrayList<>();
        new DemoGenerator().generate(tmp.resolve("demo"), SmallDemo.tiny(3), (done, total) -> calls.add(new int[] {done, total}));

        assertThat(calls).hasSize(4);
        assertThat(calls.get(3)).containsExactly(4, 4);
        for (int i = 0; i < calls.size(); i++) assertThat(calls.get(i)[0]).isEqualTo(i + 1);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path firstPng(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().findFirst().orElseThrow();
        }
    }
}
