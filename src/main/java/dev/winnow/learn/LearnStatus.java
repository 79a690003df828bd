package dev.winnow.learn;

import dev.winnow.domain.Project;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.LearnInputRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Front door of `winnow status`. */
public final class LearnStatus {
    private final Store store;
    private final ModelRegistry registry;

    public LearnStatus(Store store, Path home) {
        this.store = store;
        this.registry = new ModelRegistry(home);
    }

    public StatusReport status(List<String> projectIds) {
        ProjectRepository projects = new ProjectRepository(store);
        DecisionRepository decisions = new DecisionRepository(store);
        LearnInputRepository inputs = new LearnInputRepository(store);
        PredictionRepository predictions = new PredictionRepository(store);
        List<String> ids = projectIds.isEmpty() ? projects.all().stream().map(Project::id).toList() : projectIds;
        List<StatusReport.ProjectStatus> out = new ArrayList<>();
        for (String id : ids) {
            if (projects.find(id).isEmpty()) throw new IllegalArgumentException("unknown project '" + id + "' (see `winnow projects`)");
            Map<String, Long> counts = projects.counts(id);
            out.add(new StatusReport.ProjectStatus(id, counts.get("files"), counts.get("sets"),
                    decisions.countsBySource(id), inputs.embeddedFiles(id), inputs.setsWithChangeFeatures(id),
                    predictions.countsByVersions(id)));
        }
        List<ModelMetadata> current = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) registry.current(kind).ifPresent(current::add);
        return new StatusReport(out, current);
    }
}
