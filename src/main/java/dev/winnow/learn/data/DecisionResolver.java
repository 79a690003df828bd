package dev.winnow.learn.data;

import dev.winnow.common.CropBox;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses, per set, the decision to learn from when several exist (a log, a history run and the reviewer may all
 * have spoken): review beats history beats log, and the newest wins within one source. Sets whose decisions name
 * different winners are counted as conflicts. A set that history found to hold several kept generations gets no
 * label at all: whichever winner it were given, another kept generation would teach the models a false rejection.
 * Sets the reviewer's auto-accept cut accepted (source "auto") are no labels: they are the models' own answer, and
 * learning from them would only teach the models to agree with themselves; they count once the curator confirms
 * them (which the reviewer records as a source "review" decision).
 */
public final class DecisionResolver {
    public static final String REJECTED = "whole set rejected";
    static final String WINNER_UNKNOWN = "winner not among the set's files";
    static final String SEVERAL_KEPT = "several generations kept in one set";
    private static final List<String> PRIORITY = List.of("review", "history", "log");
    static final String AUTO_ACCEPTED = "auto";

    private final Map<Long, List<Decision>> bySet = new HashMap<>();
    private int conflicts;
    private int unbound;

    DecisionResolver(List<Decision> decisions) {
        for (Decision d : decisions) {
            if (AUTO_ACCEPTED.equals(d.source())) continue;
            if (d.setId() == null) unbound++;
            else bySet.computeIfAbsent(d.setId(), k -> new ArrayList<>()).add(d);
        }
    }

    /** The decision for the set, or null when there is none. */
    ResolvedDecision resolve(StageSet set) {
        List<Decision> ds = bySet.get(set.id());
        if (ds == null || ds.isEmpty()) return null;
        if (holdsSeveralKeptGenerations(ds)) return new ResolvedDecision(-1, null, "history", SEVERAL_KEPT);
        if (ds.stream().map(d -> winner(d, set)).distinct().count() > 1) conflicts++;
        Decision best = ds.stream().max(Comparator.comparingInt((Decision d) -> -rank(d.source()))
                .thenComparingLong(Decision::id)).orElseThrow();
        if (best.rejectsAll()) return new ResolvedDecision(-1, null, best.source(), REJECTED);
        int chosen = winner(best, set);
        if (chosen < 0) return new ResolvedDecision(-1, null, best.source(), WINNER_UNKNOWN);
        return new ResolvedDecision(chosen, crop(best), best.source(), null);
    }

    int conflicts() {
        return conflicts;
    }

    /** Decisions whose files a scan has not (yet) tied to a set. */
    int unbound() {
        return unbound;
    }

    /**
     * Whether two history decisions keep different members of disjoint parts of the set: history splits an original
     * group that its finals show to be two kept generations, and both parts can land in one catalog set. Only history
     * lists every member it judged, so only its decisions are read this way; two log rows naming different winners
     * stay a conflict (a log may leave its losers out).
     */
    private static boolean holdsSeveralKeptGenerations(List<Decision> ds) {
        List<Set<String>> kept = new ArrayList<>();
        for (Decision d : ds) {
            if (!"history".equals(d.source()) || d.rejectsAll()) continue;
            Set<String> part = new HashSet<>(d.loserNames());
            part.add(d.chosenName());
            for (Set<String> other : kept) if (Collections.disjoint(other, part)) return true;
            kept.add(part);
        }
        return false;
    }

    /** Member index of the decision's winner: by bound file id, else by name within the set; -1 if neither. */
    private static int winner(Decision d, StageSet set) {
        if (d.rejectsAll()) return -2;
        List<ImageFile> m = set.members();
        for (int i = 0; i < m.size(); i++) if (Objects.equals(d.chosenFileId(), m.get(i).id())) return i;
        for (int i = 0; i < m.size(); i++) if (m.get(i).name().equals(d.chosenName())) return i;
        return -1;
    }

    private static CropBox crop(Decision d) {
        return switch (d.cropState()) {
            case "box" -> d.crop();
            case "uncropped" -> CropBox.FULL;
            default -> null;
        };
    }

    private static int rank(String source) {
        int i = PRIORITY.indexOf(source);
        return i < 0 ? PRIORITY.size() : i;
    }
}
