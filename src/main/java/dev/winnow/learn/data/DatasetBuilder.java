package dev.winnow.learn.data;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.imaging.SubjectProfile;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.LearnInputRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.StepEvidenceRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins, per stage set, the members (stage, size), their embeddings, change features and subject profiles, and
 * the curator's decision into {@link SetExample}s. Sets with an unknown winner or missing features are counted by
 * reason and left out, never guessed; an unknown subject profile is only a missing value. One builder reads each project once; make a new one to see later changes.
 */
public final class DatasetBuilder {
    static final String NO_DECISION = "no decision";
    public static final String MISSING_EMBEDDING = "member without embedding";
    static final String MISSING_CHANGE = "no change features";
    static final String MISSING_SIZE = "member without image size";
    /** Prefix of the reasons a single was left out for, so that they are counted apart from stage sets. */
    public static final String SINGLE = "single: ";
    public static final String UNDECODABLE = "member failed to decode";
    public static final String TOO_FEW_DECODABLE = "fewer than two members decode";

    private final ProjectRepository projects;
    private final SetRepository sets;
    private final DecisionRepository decisions;
    private final EmbeddingRepository embeddings;
    private final ChangeFeatureRepository changes;
    private final ContentRepository content;
    private final Store store;
    /** What was read per project and embedder: a command asks several questions of the same data. */
    private final Map<String, ProjectData> read = new HashMap<>();

    public DatasetBuilder(Store store) {
        this.store = store;
        this.projects = new ProjectRepository(store);
        this.sets = new SetRepository(store);
        this.decisions = new DecisionRepository(store);
        this.embeddings = new EmbeddingRepository(store);
        this.changes = new ChangeFeatureRepository(store);
        this.content = new ContentRepository(store);
    }

    /** The embedder to use: the one asked for, else the only one in the store. */
    public String embedder(String requested) {
        List<String> ids = embeddings.embedderIds();
        if (requested != null) {
            if (!ids.contains(requested)) {
                throw new IllegalArgumentException("no embeddings from embedder '" + requested + "' in the store (have: "
                        + ids + ")");
            }
            return requested;
        }
        if (ids.isEmpty()) throw new IllegalStateException("no embeddings in the store yet: embed the projects first");
        if (ids.size() > 1) throw new IllegalArgumentException("several embedders in the store " + ids + ": choose one with --embedder");
        return ids.get(0);
    }

    /** Labeled sets of the projects, for training and evaluation. */
    public Dataset labeled(List<String> projectIds, String embedderId) {
        Map<String, ProjectData> data = new TreeMap<>();
        for (String p : projectIds) data.put(p, read(p, embedderId));
        FeatureSchema schema = schema(embedderId, data.values());
        List<SetExample> all = new ArrayList<>();
        List<SetExample> singles = new ArrayList<>();
        List<SetExample> rejectedSingles = new ArrayList<>();
        List<SetExample> undecided = new ArrayList<>();
        List<ProjectStats> stats = new ArrayList<>();
        Map<Long, String> projectOf = new HashMap<>();
        for (String p : projectIds) {
            ProjectData d = data.get(p);
            ProjectExamples ex = examples(d, schema, true);
            all.addAll(ex.sets());
            singles.addAll(ex.singles());
            rejectedSingles.addAll(ex.rejectedSingles());
            stats.add(ex.stats());
            Set<Long> decided = new HashSet<>();
            for (SetExample s : ex.sets()) decided.add(s.setId());
            for (SetExample s : examples(d, schema, false).sets()) {
                projectOf.put(s.setId(), p);
                if (!decided.contains(s.setId())) undecided.add(s);
            }
        }
        return new Dataset(schema, all, stats, singles, rejectedSingles, undecided, evidence(projectOf));
    }

    /** Where the step evidence of these sets (set id to project) is read from, for the anomaly detector. */
    public StepEvidenceSource evidence(Map<Long, String> projectOf) {
        StepEvidenceRepository repo = new StepEvidenceRepository(store);
        return (ids, each) -> {
            Map<String, Set<Long>> byProject = new TreeMap<>();
            for (Long id : ids) {
                String p = projectOf.get(id);
                if (p != null) byProject.computeIfAbsent(p, k -> new HashSet<>()).add(id);
            }
            byProject.forEach((p, wanted) -> repo.forEachSet(p, StepEvidenceMapper.VERSION, (id, steps) -> {
                if (wanted.contains(id)) each.accept(id, steps);
            }));
        };
    }

    /** Every set of the project with complete features, without labels, for prediction. */
    public ProjectExamples unlabeled(String projectId, FeatureSchema schema) {
        return examples(read(projectId, schema.embedderId()), schema, false);
    }

    /** The schema a project's data has for this embedder; empty when the project has no vectors from it. */
    public Optional<FeatureSchema> schemaOf(String projectId, String embedderId) {
        ProjectData d = read(projectId, embedderId);
        return d.vectors().isEmpty() ? Optional.empty() : Optional.of(schema(embedderId, List.of(d)));
    }

    /** Embedders with vectors for some file of the project. */
    public List<String> embeddersOf(String projectId) {
        return new LearnInputRepository(store).embeddedFiles(projectId).keySet().stream().toList();
    }

    /**
     * One project's examples (stage sets, and singles apart) and its accounting. {@code leftOut}: per set, the
     * members left out of an unlabeled example because their image failed to decode (they can never be the pick);
     * the rest is predicted. {@code rejectedSingles} (labeled reads only) are the singles the curator rejected,
     * without a label.
     */
    public record ProjectExamples(List<SetExample> sets, ProjectStats stats, Map<Long, List<String>> leftOut,
                                  List<SetExample> singles, List<SetExample> rejectedSingles) {
    }

    private record ProjectData(String projectId, List<StageSet> sets, List<ResolvedDecision> decisions,
                               Map<Long, float[]> vectors, Map<Long, Map<String, Double>> changes,
                               Map<Long, Map<String, Double>> content, Set<Long> undecodable, int conflicts) {
    }

    private ProjectData read(String projectId, String embedderId) {
        return read.computeIfAbsent(projectId + "\u0000" + embedderId, k -> load(projectId, embedderId));
    }

    private ProjectData load(String projectId, String embedderId) {
        if (projects.find(projectId).isEmpty()) {
            throw new IllegalArgumentException("unknown project '" + projectId + "' (see `winnow projects`)");
        }
        List<StageSet> rows = sets.list(projectId, 0);
        DecisionResolver resolver = new DecisionResolver(decisions.forProject(projectId));
        List<ResolvedDecision> resolved = new ArrayList<>();
        for (StageSet s : rows) resolved.add(resolver.resolve(s));
        return new ProjectData(projectId, rows, resolved, embeddings.vectorsForProject(projectId, embedderId),
                changes.forProject(projectId), content.statsForProject(projectId),
                new DecodeFailureRepository(store).forProject(projectId).keySet(), resolver.conflicts());
    }

    private static FeatureSchema schema(String embedderId, Iterable<ProjectData> data) {
        TreeSet<String> names = new TreeSet<>();
        int dim = -1;
        for (ProjectData d : data) {
            for (Map<String, Double> f : d.changes().values()) names.addAll(f.keySet());
            for (float[] v : d.vectors().values()) {
                if (dim >= 0 && v.length != dim) {
                    throw new IllegalStateException("embedder '" + embedderId + "' produced vectors of lengths " + dim
                            + " and " + v.length + ": re-embed");
                }
                dim = v.length;
            }
        }
        if (dim < 0) throw new IllegalStateException("no embeddings from '" + embedderId + "' for these projects: embed them first");
        return new FeatureSchema(embedderId, dim, List.copyOf(names));
    }

    private static ProjectExamples examples(ProjectData d, FeatureSchema schema, boolean labeledOnly) {
        Map<String, Integer> excluded = new TreeMap<>();
        Map<Long, List<String>> leftOut = new HashMap<>();
        List<SetExample> out = new ArrayList<>();
        List<SetExample> singles = new ArrayList<>();
        List<SetExample> rejectedSingles = new ArrayList<>();
        int labeled = 0, anomalies = 0, crops = 0, stageSets = 0;
        for (int k = 0; k < d.sets().size(); k++) {
            StageSet row = d.sets().get(k);
            if (row.members().size() == 1) {
                single(row, d.decisions().get(k), d, schema, labeledOnly, singles, rejectedSingles, excluded);
                continue;
            }
            stageSets++;
            ResolvedDecision decision = d.decisions().get(k);
            String why = labeledOnly ? unusable(decision) : null;
            List<Member> members = why == null ? new ArrayList<>() : null;
            List<String> undecoded = new ArrayList<>();
            if (why == null) why = members(row, d, schema, members, labeledOnly ? null : undecoded);
            if (why != null) {
                excluded.merge(why, 1, Integer::sum);
                continue;
            }
            if (!undecoded.isEmpty()) leftOut.put(row.id(), undecoded);
            boolean hasLabel = labeledOnly && decision != null;
            SetExample s = new SetExample(d.projectId(), row.id(), members,
                    hasLabel ? decision.chosen() : SetExample.UNLABELED, hasLabel ? decision.crop() : null);
            if (hasLabel) {
                labeled++;
                if (s.anomaly()) anomalies++;
                if (s.crop() != null) crops++;
            }
            out.add(s);
        }
        return new ProjectExamples(out, new ProjectStats(d.projectId(), stageSets, labeled, anomalies, crops,
                excluded, d.conflicts()), leftOut, singles, rejectedSingles);
    }

    /**
     * A set of one: usable with its decision (labeled) or without (for prediction) when its image has features. A
     * rejected single goes, without a label, to {@code rejected}: no crop or pick example, only the keep model's
     * negative one. Left-out singles are counted apart ("single: no decision").
     */
    private static void single(StageSet row, ResolvedDecision decision, ProjectData d, FeatureSchema schema,
                               boolean labeledOnly, List<SetExample> into, List<SetExample> rejected,
                               Map<String, Integer> excluded) {
        String why = labeledOnly ? unusable(decision) : null;
        boolean rejectedWhole = DecisionResolver.REJECTED.equals(why);
        if (rejectedWhole) why = null;
        List<Member> members = new ArrayList<>();
        if (why == null) why = members(row, d, schema, members, null);
        if (why != null) {
            excluded.merge(SINGLE + why, 1, Integer::sum);
            return;
        }
        if (rejectedWhole) {
            rejected.add(new SetExample(d.projectId(), row.id(), members, SetExample.UNLABELED, null));
            return;
        }
        boolean hasLabel = labeledOnly && decision != null;
        into.add(new SetExample(d.projectId(), row.id(), members, hasLabel ? decision.chosen() : SetExample.UNLABELED,
                hasLabel ? decision.crop() : null));
    }

    /** The member's subject profile; unknown (NaN) when its content was measured by another profile version. */
    private static double[] subject(Map<String, Double> stats) {
        Double version = stats == null ? null : stats.get(SubjectProfile.VERSION_KEY);
        if (version == null || version != SubjectProfile.VERSION) return Member.unknownSubject();
        return valuesOf(stats, SubjectProfile.names());
    }

    /** The values of {@code named} in the order of {@code names}; NaN where one is missing (or all, for null). */
    private static double[] valuesOf(Map<String, Double> named, List<String> names) {
        double[] v = new double[names.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = named == null ? null : named.get(names.get(i));
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    private static String unusable(ResolvedDecision decision) {
        return decision == null ? NO_DECISION : decision.unusable();
    }

    /**
     * Fills the members; returns why the set cannot be used, or null. A member whose image failed to decode makes a
     * labeled set unusable (its label names a member the features cannot describe); for prediction
     * ({@code undecoded} not null) it is left out and named there, so the pick is one of the members that decode.
     */
    private static String members(StageSet row, ProjectData d, FeatureSchema schema, List<Member> into,
                                  List<String> undecoded) {
        boolean anyChange = false;
        for (ImageFile f : row.members()) {
            float[] v = d.vectors().get(f.id());
            if (v == null && d.undecodable().contains(f.id())) {
                if (undecoded == null) return UNDECODABLE;
                undecoded.add(f.name());
                continue;
            }
            if (v == null) return MISSING_EMBEDDING;
            if (f.width() == null || f.height() == null) return MISSING_SIZE;
            Map<String, Double> ch = d.changes().get(f.id());
            double[] change = valuesOf(ch, schema.changeNames());
            anyChange |= ch != null && !ch.isEmpty();
            into.add(new Member(f.id(), f.name(), f.stage(), f.width(), f.height(), v, change,
                    subject(d.content().get(f.id()))));
        }
        if (into.size() < 2 && row.members().size() > 1) return TOO_FEW_DECODABLE;
        // A single has no stage pair to compare, so no change features.
        if (!anyChange && !schema.changeNames().isEmpty() && row.members().size() > 1) return MISSING_CHANGE;
        return null;
    }
}
