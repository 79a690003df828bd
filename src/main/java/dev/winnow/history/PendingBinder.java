package dev.winnow.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties decisions that arrived before their pixels to the files a scan found: by file name within the one project,
 * preferring the file whose set also holds the decision's rejected names. Pixel boxes logged without an image size
 * are normalized once the chosen file's size is known.
 */
final class PendingBinder {
    private static final ObjectMapper JSON = Jackson.mapper();

    private final Store store;
    private final DecisionRepository decisions;
    private final FileRepository files;
    private final SetRepository sets;
    private final ProjectRepository projects;
    private final ProblemRepository problemRepo;

    PendingBinder(Store store) {
        this.store = store;
        this.decisions = new DecisionRepository(store);
        this.files = new FileRepository(store);
        this.sets = new SetRepository(store);
        this.projects = new ProjectRepository(store);
        this.problemRepo = new ProblemRepository(store);
    }

    BindReport bind(String projectId) {
        List<Decision> pending = decisions.pending(projectId);
        if (projects.find(projectId).isEmpty()) return new BindReport(projectId, false, 0, 0, pending.size(), List.of());
        Map<String, List<ImageFile>> byName = new HashMap<>();
        for (ImageFile f : files.index(projectId).values()) byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        Map<Long, Long> setOfFile = new HashMap<>();
        Map<Long, List<String>> namesOfSet = new HashMap<>();
        for (StageSet s : sets.list(projectId, 0)) {
            List<String> names = new ArrayList<>();
            for (ImageFile f : s.members()) {
                setOfFile.put(f.id(), s.id());
                names.add(f.name());
            }
            namesOfSet.put(s.id(), names);
        }
        List<Problem> problems = new ArrayList<>();
        int[] counts = new int[3];
        store.inTransaction(c -> {
            for (Decision d : pending) {
                ImageFile chosen = d.chosenName() == null ? null
                        : pick(byName.get(d.chosenName()), d, setOfFile, namesOfSet, problems);
                Long setId = chosen == null ? null : setOfFile.get(chosen.id());
                for (int i = 0; setId == null && i < d.loserNames().size(); i++) {
                    ImageFile loser = pick(byName.get(d.loserNames().get(i)), d, setOfFile, namesOfSet, problems);
                    if (loser != null) setId = setOfFile.get(loser.id());
                }
                if (chosen == null && setId == null) {
                    counts[2]++;
                    continue;
                }
                decisions.bind(d.id(), setId, chosen == null ? null : chosen.id());
                counts[0]++;
                if (chosen != null && normalizePixelBox(d, chosen, problems)) counts[1]++;
                if (d.chosenName() != null ? chosen == null : setId == null) counts[2]++;
            }
            return null;
        });
        problemRepo.replace(projectId, LogImporter.PROBLEM_KIND, List.of(), problems);
        return new BindReport(projectId, true, counts[0], counts[1], counts[2], problems);
    }

    /** The one file a name means; when several folders hold the name, the one whose set holds the decision's other names. */
    private static ImageFile pick(List<ImageFile> candidates, Decision d, Map<Long, Long> setOfFile,
                                Map<Long, List<String>> namesOfSet, List<Problem> problems) {
        if (candidates == null || candidates.isEmpty()) return null;
        if (candidates.size() == 1) return candidates.get(0);
        List<ImageFile> fitting = new ArrayList<>();
        for (ImageFile f : candidates) {
            Long s = setOfFile.get(f.id());
            if (s != null && !d.loserNames().isEmpty() && namesOfSet.get(s).containsAll(d.loserNames())) fitting.add(f);
        }
        if (fitting.size() == 1) return fitting.get(0);
        List<ImageFile> present = candidates.stream().filter(ImageFile::present).toList();
        if (present.size() == 1) return present.get(0);
        problems.add(new Problem(d.sourceRef(), "ambiguous-name", candidates.size() + " files named " + candidates.get(0).name()
                + " in project " + d.projectId() + "; left pending"));
        return null;
    }

    private boolean normalizePixelBox(Decision d, ImageFile chosen, List<Problem> problems) {
        if (d.crop() != null || !LoggedBox.UNKNOWN.equals(d.cropState()) || d.rawJson() == null) return false;
        if (chosen.width() == null || chosen.height() == null) return false;
        try {
            ObjectNode raw = (ObjectNode) JSON.readTree(d.rawJson());
            JsonNode px = raw.get("pixelBox");
            if (px == null || !px.isArray() || px.size() != 4 || raw.has("pixelBoxRejected")) return false;
            List<Double> values = List.of(px.get(0).asDouble(), px.get(1).asDouble(), px.get(2).asDouble(), px.get(3).asDouble());
            raw.put("imageWidth", chosen.width());
            raw.put("imageHeight", chosen.height());
            try {
                LoggedBox box = LoggedBox.fromPixels(values, chosen.width(), chosen.height());
                decisions.updateCrop(d.id(), box.cropState(), box.box(), d.confidence());
            } catch (RowRejected r) {
                raw.put("pixelBoxRejected", r.reason());
                problems.add(new Problem(d.sourceRef(), r.reason(), r.getMessage()));
            }
            decisions.setRawJson(d.id(), JSON.writeValueAsString(raw));
            return true;
        } catch (java.io.IOException | ClassCastException e) {
            problems.add(new Problem(d.sourceRef(), "bad-raw-json", e.getMessage()));
            return false;
        }
    }
}
