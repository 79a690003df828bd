package dev.winnow.learn.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labeled stage sets (two or more members) of one or more projects, their common feature schema and per-project
 * accounting, and apart from them the labeled singles (sets of one, kept: the crop proposer learns their crops) and
 * the rejected singles (without a label, {@link SetExample#UNLABELED}: nothing was kept, so they have no crop and
 * no pick; only the keep model reads them, as what the curator threw out).
 * {@code unlabeled} are the projects' stage sets without a decision: no label is ever read from them, but the
 * anomaly detector learns what a normal step looks like from their pixels ({@code evidence}).
 */
public record Dataset(FeatureSchema schema, List<SetExample> sets, List<ProjectStats> projects, List<SetExample> singles,
                      List<SetExample> rejectedSingles, List<SetExample> unlabeled, StepEvidenceSource evidence) {
    public Dataset {
        sets = List.copyOf(sets);
        projects = List.copyOf(projects);
        singles = List.copyOf(singles);
        rejectedSingles = List.copyOf(rejectedSingles);
        unlabeled = List.copyOf(unlabeled);
    }

    /** Stage sets only, no singles, no unlabeled sets, no step evidence. */
    public Dataset(FeatureSchema schema, List<SetExample> sets, List<ProjectStats> projects) {
        this(schema, sets, projects, List.of(), List.of(), List.of(), StepEvidenceSource.NONE);
    }

    /** The same sets with other labels (or fewer sets): everything else kept. */
    public Dataset withSets(List<SetExample> other) {
        return new Dataset(schema, other, projects, singles, rejectedSingles, unlabeled, evidence);
    }

    /** The same data with these step evidence: everything else kept. */
    public Dataset withEvidence(StepEvidenceSource other) {
        return new Dataset(schema, sets, projects, singles, rejectedSingles, unlabeled, other);
    }

    /**
     * Every single the curator decided, kept ones (labeled) then rejected ones (unlabeled): what the keep model
     * learns from.
     */
    public List<SetExample> decidedSingles() {
        List<SetExample> all = new ArrayList<>(singles);
        all.addAll(rejectedSingles);
        return all;
    }

    /** Every stage set, decided or not (labels hidden by nothing: callers read only pixels from the unlabeled). */
    public List<SetExample> allStageSets() {
        List<SetExample> all = new ArrayList<>(sets);
        all.addAll(unlabeled);
        return all;
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
