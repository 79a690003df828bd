package dev.winnow.testing;

import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.Project;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.learn.SyntheticSteps;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.StepEvidenceRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an in-memory dataset into a real store through the repositories, the way scan, embed, change-feature and
 * history passes would: projects, files, sets, embeddings (by content hash), change features, step evidence (painted
 * by {@link SyntheticSteps}, as embed maps real members) and decisions.
 */
public final class LearnStore {
    private LearnStore() {
    }

    public static void load(Store store, Dataset data, String embedderId) {
        load(store, data, embedderId, "log");
    }

    public static void load(Store store, Dataset data, String embedderId, String source) {
        ProjectRepository projects = new ProjectRepository(store);
        FileRepository files = new FileRepository(store);
        SetRepository sets = new SetRepository(store);
        EmbeddingRepository embeddings = new EmbeddingRepository(store);
        ChangeFeatureRepository changes = new ChangeFeatureRepository(store);
        DecisionRepository decisions = new DecisionRepository(store);
        StepEvidenceRepository evidence = new StepEvidenceRepository(store);
        SyntheticSteps painter = new SyntheticSteps(embedderId.hashCode());
        for (var e : data.byProject().entrySet()) {
            String project = e.getKey();
            projects.save(new Project(project, project, "/nonexistent/" + project, "active", null, null, null, null, null));
            List<ImageFile> rows = new ArrayList<>();
            int n = 0;
            for (SetExample s : e.getValue()) {
                for (Member m : s.members()) {
                    String name = String.format("20250101_%06d_%s.png", n++, label(m.stage()));
                    rows.add(ImageFile.at(project, name).name(name, name.substring(0, name.length() - 4), "png")
                            .file(1000, 0).header(m.width(), m.height(), "png").stage(m.stage(), label(m.stage()), null)
                            .build());
                }
            }
            List<ImageFile> saved = files.upsert(rows);
            Map<String, List<Long>> grouping = new LinkedHashMap<>();
            Map<Long, Double> stageOf = new HashMap<>();
            int k = 0;
            for (SetExample s : e.getValue()) {
                List<Long> ids = new ArrayList<>();
                for (Member m : s.members()) {
                    ImageFile f = saved.get(k++);
                    ids.add(f.id());
                    stageOf.put(f.id(), f.stage());
                    String hash = "h-" + project + "-" + f.id();
                    files.setContentHash(f.id(), hash);
                    embeddings.save(hash, embedderId, m.embedding());
                }
                grouping.put(saved.get(k - s.size()).relPath(), ids);
            }
            sets.replaceWith(project, new SetRepository.Grouping(grouping, stageOf));
            Map<String, Long> setIds = new HashMap<>();
            sets.list(project, 0).forEach(r -> setIds.put(r.key(), r.id()));
            k = 0;
            for (SetExample s : e.getValue()) {
                ImageFile first = saved.get(k);
                long setId = setIds.get(first.relPath());
                for (int i = 0; i < s.size(); i++) {
                    Map<String, Double> f = new LinkedHashMap<>();
                    double[] c = s.member(i).change();
                    for (int j = 0; j < c.length; j++) if (!Double.isNaN(c[j])) f.put(data.schema().changeNames().get(j), c[j]);
                    changes.save(setId, saved.get(k + i).id(), "test", f);
                }
                String signature = "painted-" + project + "-" + setId;
                evidence.save(signature, StepEvidenceMapper.VERSION, painter.map(s));
                evidence.link(setId, signature, StepEvidenceMapper.VERSION);
                if (s.labeled()) {
                    ImageFile chosen = saved.get(k + s.chosen());
                    String cropState = s.crop() == null ? "unknown" : s.crop().isNearFull(0) ? "uncropped" : "box";
                    decisions.insert(Decision.from(project, source, "fixture", "select_crop").setRef(first.relPath())
                            .kept(chosen.name(), chosen.stage()).crop(cropState, "box".equals(cropState) ? s.crop() : null)
                            .boundTo(setId, chosen.id()).fingerprint(source + "-" + project + "-" + setId).build());
                }
                k += s.size();
            }
        }
    }

    static String label(double stage) {
        if (stage == 1) return "stage1_generated";
        if (stage == 1.5) return "stage1.5_face_swapped";
        if (stage == 2) return "stage2_upscaled";
        return "stage3_enhanced";
    }
}
