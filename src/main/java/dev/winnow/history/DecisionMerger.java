package dev.winnow.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Meets what history recovered from pixels with what the logs say, within one project and by file name. The log
 * row stays the canonical decision: a history decision with the same winner is marked merged into it, and fills the
 * log's box when the log had none. A different winner, or boxes that disagree, is a conflict: both rows stay, the
 * history row carries the conflict, and it is reported.
 */
final class DecisionMerger {
    static final String PROBLEM_KIND = "history";
    /** Boxes from a log and from pixels that overlap less than this disagree. */
    static final double AGREEING_IOU = 0.9;
    private static final ObjectMapper JSON = Jackson.mapper();

    private final Store store;
    private final DecisionRepository decisions;
    private final ProblemRepository problemRepo;

    DecisionMerger(Store store) {
        this.store = store;
        this.decisions = new DecisionRepository(store);
        this.problemRepo = new ProblemRepository(store);
    }

    MergeReport merge(String projectId) {
        List<Decision> all = decisions.forProject(projectId);
        Map<String, List<Decision>> logsByChosen = new HashMap<>();
        List<Decision> history = new ArrayList<>();
        for (Decision d : all) {
            if ("history".equals(d.source())) history.add(d);
            else if ("log".equals(d.source()) && d.chosenName() != null) {
                logsByChosen.computeIfAbsent(d.chosenName(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Problem> conflicts = new ArrayList<>();
        int[] counts = new int[2];
        store.inTransaction(c -> {
            for (Decision h : history) {
                Long mergedInto = null;
                String conflict = null;
                for (String loser : h.loserNames()) {
                    for (Decision l : logsByChosen.getOrDefault(loser, List.of())) {
                        conflict = "winner: " + l.sourceRef() + " kept " + loser + ", history kept "
                                + (h.chosenName() == null ? "nothing (no final)" : h.chosenName());
                    }
                }
                for (Decision l : h.chosenName() == null ? List.<Decision>of() : logsByChosen.getOrDefault(h.chosenName(), List.of())) {
                    String boxConflict = boxConflict(l, h);
                    if (boxConflict != null) {
                        conflict = conflict == null ? boxConflict : conflict;
                        continue;
                    }
                    if (fillable(l, h)) {
                        decisions.updateCrop(l.id(), h.cropState(), h.crop(), h.confidence());
                        decisions.setRawJson(l.id(), withCropSource(l.rawJson(), h.sourceRef()));
                        counts[1]++;
                    }
                    if (mergedInto == null) mergedInto = l.id();
                }
                if (conflict != null) mergedInto = null;
                if (mergedInto != null) counts[0]++;
                decisions.markMerged(h.id(), mergedInto);
                decisions.markConflict(h.id(), conflict);
                if (conflict != null) conflicts.add(new Problem(h.sourceRef() + " " + h.setRef(), "conflict", conflict));
            }
            return null;
        });
        problemRepo.replace(projectId, PROBLEM_KIND, conflicts.stream().map(Problem::path).toList(), conflicts);
        return new MergeReport(projectId, counts[0], counts[1], conflicts);
    }

    /** A log box (not one history filled in earlier) that history's box does not confirm. */
    private static String boxConflict(Decision log, Decision h) {
        if (filledFromHistory(log) || log.crop() == null || h.crop() == null) return null;
        double iou = log.crop().iou(h.crop());
        if (iou >= AGREEING_IOU) return null;
        return String.format(Locale.ROOT, "crop: %s has %s, history found %s (IoU %.2f)", log.sourceRef(), log.crop(),
                h.crop(), iou);
    }

    /** The log did not record a box (or history filled it before and now knows again). */
    private static boolean fillable(Decision log, Decision h) {
        boolean historyKnows = LoggedBox.BOX.equals(h.cropState()) || LoggedBox.UNCROPPED.equals(h.cropState());
        boolean logLacks = log.crop() == null || filledFromHistory(log);
        return historyKnows && logLacks;
    }

    private static boolean filledFromHistory(Decision d) {
        return d.rawJson() != null && d.rawJson().contains("\"cropFrom\"");
    }

    private static String withCropSource(String rawJson, String historyRef) {
        try {
            ObjectNode raw = rawJson == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(rawJson);
            raw.put("cropFrom", historyRef);
            return JSON.writeValueAsString(raw);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("decision raw JSON is not an object: " + rawJson, e);
        }
    }
}
