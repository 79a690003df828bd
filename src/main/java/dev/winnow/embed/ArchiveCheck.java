package dev.winnow.embed;

import dev.winnow.catalog.Catalog;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.imaging.ChangeMapper;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Front door of `winnow archive-check`: says whether everything training and review need from a project is in
 * Winnow's store (content hashes, thumbnails, vectors of the given embedders, change maps of every set) so the
 * user can archive or remove the originals themselves. It only reads; Winnow never deletes originals.
 */
public final class ArchiveCheck {
    private static final int EXAMPLES = 5;

    private final Store store;
    private final Path home;

    public ArchiveCheck(Store store, Path home) {
        this.store = store;
        this.home = home;
    }

    /** @param embedderIds the embedders whose vectors must be there; empty means those the project already has, else pixels */
    public ArchiveReport check(String projectId, List<String> embedderIds) {
        Catalog catalog = new Catalog(store);
        catalog.project(projectId);
        List<ImageFile> files = new FileRepository(store).present(projectId);
        EmbeddingRepository vectors = new EmbeddingRepository(store);
        List<String> embedders = embedderIds.isEmpty() ? usedBy(projectId, vectors) : embedderIds;
        ContentRepository content = new ContentRepository(store);
        Set<String> failures = new DecodeFailureRepository(store).all().keySet();

        Map<String, Gaps> gaps = new LinkedHashMap<>();
        int undecodable = 0;
        for (ImageFile f : files) {
            if (f.contentHash() != null && failures.contains(f.contentHash())) {
                undecodable++;
                continue;
            }
            ContentRow c = f.contentHash() == null ? null : content.find(f.contentHash()).orElse(null);
            if (c == null) {
                gap(gaps, "decoded").add(f.relPath());
                continue;
            }
            if (c.thumbPath() == null || !Files.isRegularFile(home.resolve(c.thumbPath()))) gap(gaps, "thumbnail").add(f.relPath());
            for (String e : embedders) {
                if (vectors.find(f.contentHash(), e).isEmpty()) gap(gaps, "vector " + e).add(f.relPath());
            }
        }
        ChangeFeatureRepository changes = new ChangeFeatureRepository(store);
        Map<Long, String> signatures = changes.signatures(projectId, ChangeMapper.VERSION);
        List<StageSet> sets = catalog.sets(projectId, 0);
        for (StageSet s : sets) {
            String signature = ContentHash.setSignature(s.members());
            boolean known = signature != null && signature.equals(signatures.get(s.id()));
            if (!known) {
                gap(gaps, "change map").add(s.key());
                continue;
            }
            changes.heatmap(s.id()).filter(p -> !Files.isRegularFile(home.resolve(p)))
                    .ifPresent(p -> gap(gaps, "heatmap").add(s.key()));
        }
        List<Decision> decisions = new DecisionRepository(store).forProject(projectId);
        long unbound = decisions.stream().filter(d -> d.setId() == null && d.chosenName() != null).count();
        Map<String, ArchiveReport.Gap> out = new LinkedHashMap<>();
        gaps.forEach((k, g) -> out.put(k, new ArchiveReport.Gap(g.count, g.examples)));
        return new ArchiveReport(projectId, embedders, files.size(), sets.size(), out, decisions.size(), unbound,
                undecodable, out.isEmpty());
    }

    private List<String> usedBy(String projectId, EmbeddingRepository vectors) {
        List<String> out = new ArrayList<>();
        for (String id : vectors.embedderIds()) if (!vectors.vectorsForProject(projectId, id).isEmpty()) out.add(id);
        if (out.isEmpty()) out.add(PixelEmbedder.ID);
        return out;
    }

    private static Gaps gap(Map<String, Gaps> gaps, String kind) {
        return gaps.computeIfAbsent(kind, k -> new Gaps());
    }

    private static final class Gaps {
        int count;
        final List<String> examples = new ArrayList<>();

        void add(String example) {
            count++;
            if (examples.size() < EXAMPLES) examples.add(example);
        }
    }
}
