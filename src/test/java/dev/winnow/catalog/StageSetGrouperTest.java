package dev.winnow.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StageSetGrouperTest {
    private final StageSetGrouper grouper = new StageSetGrouper();
    private long nextId = 1;

    private StageSetGrouper.Item item(String time, String stage) {
        String name = time + "_" + stage + ".png";
        return new StageSetGrouper.Item(nextId++, "", time, ImageName.parse(name).stage(), name);
    }

    private static List<List<String>> names(StageSetGrouper.Result r) {
        List<List<String>> out = new ArrayList<>();
        for (var s : r.sets()) out.add(s.stream().map(StageSetGrouper.Item::name).toList());
        return out;
    }

    private static void assertEveryItemExactlyOnce(List<StageSetGrouper.Item> in, StageSetGrouper.Result r) {
        Set<Long> seen = new HashSet<>();
        int count = 0;
        for (var s : r.sets()) for (var i : s) { seen.add(i.id()); count++; }
        for (var i : r.singles()) { seen.add(i.id()); count++; }
        assertThat(count).isEqualTo(in.size());
        assertThat(seen).hasSize(in.size());
    }

    @Test
    void consecutiveStagesOfOneGenerationFormOneSet() {
        List<StageSetGrouper.Item> in = List.of(
                item("20250101_000001", "stage1_generated"), item("20250101_000020", "stage1.5_face_swapped"),
                item("20250101_000050", "stage2_upscaled"), item("20250101_000100", "stage3_enhanced"),
                item("20250101_000200", "stage1_generated"), item("20250101_000230", "stage2_upscaled"));
        StageSetGrouper.Result r = grouper.group(new ArrayList<>(in));
        assertThat(r.sets()).hasSize(2);
        assertThat(names(r).get(0)).hasSize(4);
        assertThat(names(r).get(1)).containsExactly("20250101_000200_stage1_generated.png", "20250101_000230_stage2_upscaled.png");
        assertThat(r.singles()).isEmpty();
    }

    @Test
    void skippedStageFileStillLandsInASetOrSingles() {
        // 1 -> (2, 1.5) : nearest-up takes 1.5 and jumps over the 2; the old tool lost that 2.
        List<StageSetGrouper.Item> in = List.of(
                item("20250101_000001", "stage1_generated"), item("20250101_000010", "stage2_upscaled"),
                item("20250101_000020", "stage1.5_face_swapped"), item("20250101_000030", "stage1_generated"),
                item("20250101_000040", "stage3_enhanced"));
        StageSetGrouper.Result r = grouper.group(new ArrayList<>(in));
        assertEveryItemExactlyOnce(in, r);
        assertThat(names(r).get(0)).containsExactly("20250101_000001_stage1_generated.png", "20250101_000020_stage1.5_face_swapped.png");
        assertThat(r.singles()).extracting(StageSetGrouper.Item::name).contains("20250101_000010_stage2_upscaled.png");
    }

    @Test
    void lookaheadStopsAfterFiftyFiles() {
        List<StageSetGrouper.Item> in = new ArrayList<>();
        in.add(item("20250101_000000", "stage1_generated"));
        // 50 files of stage 3 then a stage 2 as the 51st: outside the window, so the set takes a stage 3.
        for (int i = 1; i <= 50; i++) in.add(item(String.format("20250101_00%04d", i), "stage3_enhanced"));
        in.add(item("20250101_009999", "stage2_upscaled"));
        StageSetGrouper.Result r = grouper.group(new ArrayList<>(in));
        assertEveryItemExactlyOnce(in, r);
        assertThat(names(r).get(0)).hasSize(2);
        assertThat(names(r).get(0).get(1)).endsWith("stage3_enhanced.png");

        List<StageSetGrouper.Item> near = new ArrayList<>();
        near.add(item("20250101_000000", "stage1_generated"));
        for (int i = 1; i <= 49; i++) near.add(item(String.format("20250101_00%04d", i), "stage3_enhanced"));
        near.add(item("20250101_009999", "stage2_upscaled"));
        StageSetGrouper.Result r2 = grouper.group(new ArrayList<>(near));
        // Inside the window the smaller stage 2 wins over the 49 stage 3 files before it.
        assertThat(names(r2).get(0)).containsExactly("20250101_000000_stage1_generated.png",
                "20250101_009999_stage2_upscaled.png");
        assertEveryItemExactlyOnce(near, r2);
    }

    @Test
    void filesInDifferentFoldersNeverShareASet() {
        var a = new StageSetGrouper.Item(1, "a", "20250101_000001", new Stage(1, "stage1_generated"), "x1.png");
        var b = new StageSetGrouper.Item(2, "b", "20250101_000002", new Stage(2, "stage2_upscaled"), "x2.png");
        StageSetGrouper.Result r = grouper.group(new ArrayList<>(List.of(a, b)));
        assertThat(r.sets()).isEmpty();
        assertThat(r.singles()).hasSize(2);
    }

    @Test
    void namesWithoutTimeOrStageAreSingles() {
        var odd = new StageSetGrouper.Item(1, "", null, Stage.UNKNOWN, "holiday.png");
        var s1 = item("20250101_000001", "stage1_generated");
        var s2 = item("20250101_000002", "stage2_upscaled");
        StageSetGrouper.Result r = grouper.group(new ArrayList<>(List.of(odd, s1, s2)));
        assertThat(r.sets()).hasSize(1);
        assertThat(r.singles()).extracting(StageSetGrouper.Item::name).containsExactly("holiday.png");
    }
}
