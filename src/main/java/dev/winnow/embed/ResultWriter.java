package dev.winnow.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.EmbedderRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.SetChangeRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commits one unit in one transaction (file hashes, content, vectors, failures, change maps, problems), so that a
 * run killed at any moment has either all of a unit or none of it, and a rerun picks up exactly what is left.
 */
final class ResultWriter {
    static final String PROBLEM_KIND = "embed";

    private final Store store;
    private final String projectId;
    private final Embedder embedder;
    private final String specJson;
    private final FileRepository files;
    private final ContentRepository content;
    private final EmbeddingRepository vectors;
    private final EmbedderRepository embedders;
    private final DecodeFailureRepository failures;
    private final ChangeFeatureRepository changes;
    private final SetChangeRepository setChanges;
    private final ProblemRepository problems;

    ResultWriter(Store store, String projectId, Embedder embedder) {
        this.store = store;
        this.projectId = projectId;
        this.embedder = embedder;
        try {
            this.specJson = Jackson.mapper().writeValueAsString(embedder.spec());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe embedder " + embedder.id(), e);
        }
        this.files = new FileRepository(store);
        this.content = new ContentRepository(store);
        this.vectors = new EmbeddingRepository(store);
        this.embedders = new EmbedderRepository(store);
        this.failures = new DecodeFailureRepository(store);
        this.changes = new ChangeFeatureRepository(store);
        this.setChanges = new SetChangeRepository(store);
        this.problems = new ProblemRepository(store);
    }

    void commit(UnitResult r) {
        store.inTransaction(c -> {
            List<String> paths = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            for (UnitResult.Member m : r.members()) {
                paths.add(m.file().relPath());
                if (m.problem() != null) found.add(m.problem());
                if (m.hashChanged()) files.setContentHash(m.file().id(), m.hash());
                if (m.content() != null) content.save(m.content());
                if (m.decodeFailure() != null) {
                    failures.save(m.hash(), m.decodeFailure().reason(), m.decodeFailure().detail());
                }
                if (m.vector() != null) {
                    embedders.register(embedder.id(), m.vector().length, specJson);
                    vectors.save(m.hash(), embedder.id(), m.vector());
                }
            }
            if (r.change() != null) {
                if (!r.changeReused()) setChanges.save(r.change());
                Map<Long, Map<String, Double>> byFile = new HashMap<>();
                for (int i = 0; i < r.members().size(); i++) {
                    Map<String, Double> f = r.change().features().get(i);
                    if (!f.isEmpty()) byFile.put(r.members().get(i).file().id(), f);
                }
                changes.replaceForSet(r.unit().setId(), r.change().version(), r.change().signature(), byFile,
                        r.change().heatmapPath());
            }
            problems.replace(projectId, PROBLEM_KIND, paths, found);
            return null;
        });
    }
}
