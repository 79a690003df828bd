package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.FileRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CacheAndArchiveTest extends FixtureTest {
    @Test
    void statsCountWhatTheEmbedRunStored() throws Exception {
        fixture(2, 1);
        fx.embed();
        CacheStats s = new ContentCache(fx.store, fx.home).stats();
        assertThat(s.rows().get("content")).isEqualTo(7);
        assertThat(s.thumbFiles()).isEqualTo(7);
        assertThat(s.heatmapFiles()).isEqualTo(2);
        assertThat(s.embedders()).singleElement().satisfies(e -> {
            assertThat(e.embedderId()).isEqualTo(PixelEmbedder.ID);
            assertThat(e.vectors()).isEqualTo(7);
            assertThat(e.dim()).isEqualTo(PixelEmbedder.DIMENSION);
        });
        assertThat(s.wouldPrune().hashes()).isZero();
        assertThat(s.wouldPrune().files()).isZero();
    }

    @Test
    void pruneDropsOnlyWhatNoFileReferencesAndOnlyWhenApplied() throws Exception {
        fixture(1, 2);
        fx.embed();
        ImageFile single = new FileRepository(fx.store).byName(ProjectFixture.ID, "single_0.png").get(0);
        String oldHash = single.contentHash();
        String oldThumb = new ContentRepository(fx.store).find(oldHash).orElseThrow().thumbPath();
        // One file is replaced by other content (its old cache entry is now unreferenced) ...
        Path changed = fx.root.resolve("single_0.png");
        ProjectFixture.write(changed, new dev.winnow.imaging.SyntheticPortrait(77).render(60, 80));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        // ... and another one is moved away (archived): its entry must stay.
        Path archived = Files.createDirectories(tmp.resolve("archive")).resolve("single_1.png");
        Files.move(fx.root.resolve("single_1.png"), archived);
        fx.rescan();
        fx.embed();
        Files.writeString(fx.home.resolve(UnitProcessor.THUMBS).resolve("stray.jpg"), "left by a killed run");

        ContentCache cache = new ContentCache(fx.store, fx.home);
        PruneReport dry = cache.prune(false, null);
        assertThat(dry.applied()).isFalse();
        assertThat(dry.hashes()).isEqualTo(1);
        assertThat(dry.files()).isEqualTo(2);
        assertThat(new ContentRepository(fx.store).find(oldHash)).isPresent();
        assertThat(fx.home.resolve(oldThumb)).exists();

        PruneReport applied = cache.prune(true, null);
        assertThat(applied.hashes()).isEqualTo(1);
        assertThat(new ContentRepository(fx.store).find(oldHash)).isEmpty();
        assertThat(fx.home.resolve(oldThumb)).doesNotExist();
        String archivedHash = ContentHash.of(Files.readAllBytes(archived));
        assertThat(new ContentRepository(fx.store).find(archivedHash)).isPresent();
        assertThat(archived).exists();
        assertThat(cache.prune(false, null).hashes()).isZero();
    }

    @Test
    void pruneDropsStepEvidenceThatNoSetPointsToAnyMore() throws Exception {
        fixture(2, 0);
        fx.embed();
        fx.redrawTopAndRescan();
        assertThat(fx.embed().stepEvidenceComputed()).isEqualTo(1);
        ContentCache cache = new ContentCache(fx.store, fx.home);
        assertThat(cache.stats().rows()).containsEntry("stepEvidenceSets", 3L).containsEntry("stepEvidenceSteps", 6L);
        assertThat(cache.prune(false, null).stepEvidence()).isEqualTo(1);
        assertThat(cache.prune(true, null).stepEvidence()).isEqualTo(1);
        assertThat(cache.stats().rows()).containsEntry("stepEvidenceSets", 2L).containsEntry("stepEvidenceSteps", 4L);
        assertThat(new dev.winnow.store.StepEvidenceRepository(fx.store)
                .evidenceForProject(ProjectFixture.ID, dev.winnow.imaging.evidence.StepEvidenceMapper.VERSION)).hasSize(2);
    }

    @Test
    void pruneCanDropOneEmbeddersVectors() throws Exception {
        fixture(1, 0);
        fx.embed();
        PruneReport r = new ContentCache(fx.store, fx.home).prune(true, PixelEmbedder.ID);
        assertThat(r.vectorsOfEmbedder()).isEqualTo(3);
        assertThat(new dev.winnow.store.EmbeddingRepository(fx.store).embedderIds()).isEmpty();
    }

    @Test
    void archiveCheckIsSafeOnlyWhenEverythingIsStored() throws Exception {
        fixture(2, 1);
        ArchiveCheck check = new ArchiveCheck(fx.store, fx.home);
        ArchiveReport before = check.check(ProjectFixture.ID, List.of());
        assertThat(before.safe()).isFalse();
        assertThat(before.gaps().get("decoded").count()).isEqualTo(7);
        assertThat(before.gaps().get("change map").count()).isEqualTo(2);
        assertThat(before.gaps().get("step evidence").count()).isEqualTo(2);

        fx.embed();
        ArchiveReport after = check.check(ProjectFixture.ID, List.of());
        assertThat(after.safe()).isTrue();
        assertThat(after.embedders()).containsExactly(PixelEmbedder.ID);

        ArchiveReport otherModel = check.check(ProjectFixture.ID, List.of("onnx:000000000000-000000"));
        assertThat(otherModel.safe()).isFalse();
        assertThat(otherModel.gaps().get("vector onnx:000000000000-000000").count()).isEqualTo(7);

        ImageFile f = new FileRepository(fx.store).present(ProjectFixture.ID).get(0);
        Files.delete(fx.home.resolve(new ContentRepository(fx.store).forFile(f.id()).orElseThrow().thumbPath()));
        ArchiveReport lostThumb = check.check(ProjectFixture.ID, List.of());
        assertThat(lostThumb.safe()).isFalse();
        assertThat(lostThumb.gaps().get("thumbnail").examples()).containsExactly(f.relPath());
    }
}
