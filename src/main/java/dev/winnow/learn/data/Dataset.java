package dev.winnow.learn.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Labeled stage sets of one or more projects, their common feature schema and per-project accounting. */
public record Dataset(FeatureSchema schema, List<SetExample> sets, List<ProjectStats> projects) {
    public Dataset {
        sets = List.copyOf(sets);
        projects = List.copyOf(projects);
    }

    public List<String> projectIds() {
        return projects.stream().map(ProjectStats::projectId).toList();
    }

    /** Sets grouped by project, projects in their dataset order. */
    public Map<String, List<SetExample>> byProject() {
        Map<String, List<SetExample>> out = new LinkedHashMap<>();
        for (ProjectStats p : projects) out.put(p.projectId(), new ArrayList<>());
        for (SetExample s : sets) out.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(s);
        return out;
    }
}
