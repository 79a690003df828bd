package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.store.JournalOpRow;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan is computed from the choices and what the disk holds, without touching anything. */
class FinalizePlanTest {
    private static final Path ROOT = Path.of("/p").toAbsolutePath();

    /** A disk that holds exactly the given files (size 10) and folders. */
    private record Disk(Set<Path> files, Set<Path> dirs) implements FinalizePlan.Disk {
        @Override
        public boolean exists(Path p) {
            return files.contains(p) || dirs.contains(p);
        }

        @Override
        public long size(Path p) {
            return files.contains(p) ? 10 : -1;
        }
    }

    private static SetOutcome.Member member(long id, String rel, String... companions) {
        return new SetOutcome.Member(id, rel, 10, java.util.Arrays.stream(companions).map(ROOT::resolve).toList());
    }

    private static Disk disk(Set<String> files) {
        return new Disk(files.stream().map(ROOT::resolve).collect(java.util.stream.Collectors.toSet()), Set.of(ROOT, ROOT.resolve("sub")));
    }

    @Test
    void aCroppedWebpChoiceIsWrittenAsPngWithCompanionCopiesWhileTheOriginalMovesAside() {
        Set<String> files = Set.of("sub/a_stage1.png", "sub/a_stage3.webp", "sub/a_stage3.yaml", "sub/a_stage1.yaml");
        SetOutcome o = new SetOutcome(1, List.of(member(1, "sub/a_stage1.png", "sub/a_stage1.yaml"),
                member(2, "sub/a_stage3.webp", "sub/a_stage3.yaml")), 2L, new CropBox(0, 0, 0.5, 0.5), false);

        FinalizePlan plan = FinalizePlan.of(ROOT, List.of(o), disk(files));

        assertThat(plan.clashes()).isEmpty();
        assertThat(plan.ops()).extracting(op -> op.op() + " " + (op.source() == null ? "" : ROOT.relativize(op.source()) + " -> ")
                + ROOT.relativize(op.target())).containsExactly(
                "mkdir __crop_originals", "mkdir __cropped", "mkdir __delete_staging",
                "mkdir __crop_originals/sub", "mkdir __cropped/sub", "mkdir __delete_staging/sub",
                "move sub/a_stage1.png -> __delete_staging/sub/a_stage1.png",
                "move sub/a_stage1.yaml -> __delete_staging/sub/a_stage1.yaml",
                "write_crop sub/a_stage3.webp -> __cropped/sub/a_stage3.png",
                "copy sub/a_stage3.yaml -> __cropped/sub/a_stage3.yaml",
                "move sub/a_stage3.webp -> __crop_originals/sub/a_stage3.webp",
                "move sub/a_stage3.yaml -> __crop_originals/sub/a_stage3.yaml");
        assertThat(plan.count(JournalOpRow.MOVE)).isEqualTo(4);
    }

    @Test
    void missingChangedAndOutsideSourcesAndExistingTargetsAreClashes() {
        Set<String> files = Set.of("b.png", "__selected/b.png");
        SetOutcome o = new SetOutcome(1, List.of(member(1, "b.png"), new SetOutcome.Member(2, "c.png", 99, List.of()),
                member(3, "../outside.png")), 1L, null, false);

        FinalizePlan plan = FinalizePlan.of(ROOT, List.of(o), disk(files));

        assertThat(plan.runnable()).isFalse();
        assertThat(plan.clashes()).containsExactly("__selected/b.png already exists",
                "c.png is missing (moved or deleted since the scan)", "../outside.png lies outside the project folder");
    }

    @Test
    void twoSourcesForOneTargetAreAClash() {
        Set<String> files = Set.of("d.png", "d.png.yaml");
        SetOutcome o = new SetOutcome(1, List.of(member(1, "d.png", "d.png.yaml", "d.png.yaml")), null, null, true);
        FinalizePlan plan = FinalizePlan.of(ROOT, List.of(o), disk(files));
        assertThat(plan.clashes()).containsExactly("__delete_staging/d.png.yaml would be written twice");
        assertThat(Map.of("ops", plan.ops().size())).containsEntry("ops", 4);
    }
}
