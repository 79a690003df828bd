package dev.winnow.learn.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labeled stage sets (two or more members) of one or more projects, their common feature schema and per-project
 * accounting, and apart from them the labeled singles (sets of one): only the crop proposer learns from those.
 */
public record Dataset(FeatureSchema schema, List<SetExample> sets, List<ProjectStats> projects, List<SetExample> singles) {
    public Dataset {
        sets = List.copyOf(sets);
        projects = List.copyOf(projects);
        singles = List.copyOf(singles);
    }

    /** Stage sets only, no singles. */
    public Dataset(FeatureSchema schema, List<SetExample> sets, List<ProjectStats> projects) {
        this(schema, sets, projects, List.of());
    }

    /** Stage sets and singles together: what the crop proposer learns from. */
    public List<SetExample> setsAndSingles() {
        List<SetExample> all = new ArrayList<>(sets);
        all.addAll(singles);
        return all;
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
