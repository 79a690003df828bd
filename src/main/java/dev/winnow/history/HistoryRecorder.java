package dev.winnow.history;

import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.Store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores what a history run found as decisions (source "history", kind "history"), one per set and project. A
 * later run over the same set replaces what the earlier one said, so re-running never duplicates. A set is known
 * by its first member's file name, not its path, so pointing at the same images from another folder is the same run.
 */
final class HistoryRecorder {
    static final String KIND = "history";

    private final Store store;
    private final DecisionRepository decisions;

    HistoryRecorder(Store store) {
        this.store = store;
        this.decisions = new DecisionRepository(store);
    }

    /** Decisions a history run stored anew, updated, or found unchanged. */
    record Counts(int stored, int updated, int unchanged) {
    }

    /** Stores the run's decisions and counts them; fills {@code rows} with a JSON-ready view of each decision. */
    Counts record(String projectId, long runId, HistoryRecovery.Result result, List<Map<String, Object>> rows) {
        int[] counts = new int[3];
        store.inTransaction(c -> {
            for (SetOutcome o : result.outcomes()) {
                Decision d = toRow(projectId, runId, result, o);
                rows.add(view(o, d));
                var existing = decisions.byFingerprint(d.fingerprint());
                if (existing.isEmpty()) {
                    decisions.insert(d);
                    counts[0]++;
                } else if (sameContent(existing.get(), d)) {
                    counts[2]++;
                } else {
                    decisions.replaceContent(existing.get().id(), d);
                    counts[1]++;
                }
            }
            return null;
        });
        new ProblemRepository(store).record(projectId, DecisionMerger.PROBLEM_KIND, result.problems().list());
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static Decision toRow(String projectId, long runId, HistoryRecovery.Result r, SetOutcome o) {
        List<String> losers = new ArrayList<>(o.set().names());
        if (o.winnerName() != null) losers.remove(o.winner());
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("historyRun", runId);
        raw.put("original", r.original());
        raw.put("final", r.fin());
        raw.put("members", o.set().members().stream().map(SourceEntry::path).toList());
        if (o.finalEntry() != null) {
            raw.put("finalPath", o.finalEntry().path());
            raw.put("matchedBy", o.matchedBy());
            raw.put("matchScore", round(o.matchScore()));
            raw.put("runnerUpScore", round(o.runnerUp()));
            raw.put("winnerAmbiguous", o.winnerAmbiguous());
            raw.put("winnerMargin", round(o.winnerMargin()));
            Map<String, Object> res = new TreeMap<>();
            for (int i = 0; i < o.residuals().length; i++) {
                if (!Double.isNaN(o.residuals()[i])) res.put(o.set().members().get(i).name(), o.residuals()[i]);
            }
            raw.put("pixelErrors", res);
        }
        if (!o.unreadable().isEmpty()) raw.put("unreadable", o.unreadable());
        if (o.note() != null) raw.put("note", o.note());
        return Decision.from(projectId, "history", "history-run-" + runId, KIND).setRef(o.set().key())
                .kept(o.winnerName(), o.winner() < 0 ? null : o.set().stageOf(o.winner())).losers(losers)
                .crop(o.cropState(), o.box()).raw(LogImporter.json(raw)).confidence(o.confidence()).loggedAt(decidedAt(o))
                .fingerprint("history:" + projectId + ":" + o.set().members().get(0).name()).build();
    }

    /**
     * When the decision was made, as far as the sources tell: the final file's modification time (the moment the
     * delivered picture was last written; for a zip entry, the time the archive recorded). A set rejected as a whole
     * has no final, so no time.
     */
    static String decidedAt(SetOutcome o) {
        Long t = o.finalEntry() == null ? null : o.finalEntry().modified();
        return t == null ? null : Instant.ofEpochMilli(t).toString();
    }

    private static boolean sameContent(Decision a, Decision b) {
        return java.util.Objects.equals(a.chosenName(), b.chosenName()) && a.loserNames().equals(b.loserNames())
                && java.util.Objects.equals(a.loggedAt(), b.loggedAt())
                && a.cropState().equals(b.cropState()) && java.util.Objects.equals(a.crop(), b.crop())
                && java.util.Objects.equals(a.confidence(), b.confidence());
    }

    private static Map<String, Object> view(SetOutcome o, Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", d.setRef());
        m.put("final", o.finalEntry() == null ? null : o.finalEntry().path());
        m.put("matchedBy", o.matchedBy());
        m.put("winner", d.chosenName());
        m.put("losers", d.loserNames());
        m.put("cropState", d.cropState());
        m.put("crop", d.crop() == null ? null : List.of(d.crop().x1(), d.crop().y1(), d.crop().x2(), d.crop().y2()));
        m.put("matchScore", round(o.matchScore()));
        m.put("winnerAmbiguous", o.winnerAmbiguous());
        m.put("confidence", round(d.confidence()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
