package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.imaging.ImageAnalyzer;
import dev.winnow.imaging.ImageDecoder;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.StepEvidenceRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `winnow embed` computes each set's step evidence once, stores it by content and reuses it across renames. */
class StepEvidenceEmbedTest extends FixtureTest {
    private static final String V = StepEvidenceMapper.VERSION;

    private Map<Long, List<StepEvidence>> stored() {
        return new StepEvidenceRepository(fx.store).evidenceForProject(ProjectFixture.ID, V);
    }

    @Test
    void everySetGetsTheEvidenceOfEachStepInStageOrderAsComputedFromItsWorkingCopies() throws Exception {
        fixture(3, 2);
        EmbedReport r = fx.embed();
        assertThat(r.stepEvidenceComputed()).isEqualTo(3);
        assertThat(r.stepEvidenceReused()).isZero();

        Map<Long, List<StepEvidence>> evidence = stored();
        List<StageSet> sets = new SetRepository(fx.store).stageSets(ProjectFixture.ID, 0);
        assertThat(evidence.keySet()).containsExactlyInAnyOrderElementsOf(sets.stream().map(StageSet::id).toList());
        for (StageSet s : sets) {
            List<StepEvidence> steps = evidence.get(s.id());
            assertThat(steps).extracting(StepEvidence::lowerStage).containsExactly(1.0, 1.5);
            assertThat(steps).extracting(StepEvidence::upperStage).containsExactly(1.5, 2.0);
            // What the store gives back is what the mapper computes from the members' working copies.
            assertThat(steps).isEqualTo(recompute(s));
        }
    }

    @Test
    void renamedAndMovedSetsReuseTheirEvidenceWithoutDecoding() throws Exception {
        fixture(3, 2);
        fx.embed();
        Map<String, List<StepEvidence>> byContent = byFirstMemberHash(stored());
        fx.moveFirstSet();
        fx.rescan();
        EmbedReport r = fx.embed();
        assertThat(r.decoded()).isZero();
        assertThat(r.stepEvidenceReused()).isEqualTo(1);
        assertThat(r.stepEvidenceComputed()).isZero();
        Map<Long, List<StepEvidence>> after = stored();
        assertThat(after).hasSize(3);
        assertThat(byFirstMemberHash(after)).isEqualTo(byContent);
        assertThat(fx.embed().unitsToDo()).isZero();
    }

    @Test
    void aStoreWithChangeMapsButNoStepEvidenceComputesOnlyTheEvidence() throws Exception {
        fixture(3, 2);
        fx.embed();
        Map<Long, List<StepEvidence>> before = stored();
        // What a store embedded before step evidence existed holds after the V80 migration: empty evidence tables.
        fx.store.update("DELETE FROM set_evidence");
        fx.store.update("DELETE FROM evidence_sets");
        assertThat(stored()).isEmpty();
        Map<String, FileTime> thumbs = thumbnailTimes();

        EmbedReport r = fx.embed();
        assertThat(r.unitsToDo()).isEqualTo(3);
        assertThat(r.decoded()).as("only the set members are decoded again").isEqualTo(9);
        assertThat(r.changeMapsComputed()).isZero();
        assertThat(r.stepEvidenceComputed()).isEqualTo(3);
        assertThat(thumbnailTimes()).as("thumbnails are not written again").isEqualTo(thumbs);
        assertThat(stored()).isEqualTo(before);
        assertThat(fx.embed().unitsToDo()).isZero();
    }

    /** The evidence the mapper computes from the set's files, decoded as embed decodes them. */
    private List<StepEvidence> recompute(StageSet s) throws Exception {
        List<StepEvidenceMapper.Member> members = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (ImageFile f : s.members()) {
            byte[] bytes = Files.readAllBytes(fx.root.resolve(f.relPath()));
            hashes.add(ContentHash.of(bytes));
            ImageDecoder.Scaled img = new ImageDecoder().decodeScaled(bytes, f.relPath(), ImageAnalyzer.WORKING_SIDE, (w, h) -> false);
            members.add(new StepEvidenceMapper.Member(f.stage(), img.working()));
        }
        String signature = ContentHash.signature(V, hashes, s.members().stream().map(ImageFile::stage).toList());
        return new StepEvidenceMapper().map(members, StepEvidenceMapper.seedOf(signature));
    }

    private Map<String, List<StepEvidence>> byFirstMemberHash(Map<Long, List<StepEvidence>> evidence) {
        Map<String, List<StepEvidence>> out = new HashMap<>();
        for (StageSet s : new SetRepository(fx.store).stageSets(ProjectFixture.ID, 0)) {
            out.put(s.members().get(0).contentHash(), evidence.get(s.id()));
        }
        return out;
    }

    private Map<String, FileTime> thumbnailTimes() throws Exception {
        Map<String, FileTime> out = new HashMap<>();
        ContentRepository content = new ContentRepository(fx.store);
        for (ImageFile f : new dev.winnow.store.FileRepository(fx.store).present(ProjectFixture.ID)) {
            String thumb = content.forFile(f.id()).orElseThrow().thumbPath();
            out.put(thumb, Files.getLastModifiedTime(fx.home.resolve(thumb)));
        }
        return out;
    }
}
