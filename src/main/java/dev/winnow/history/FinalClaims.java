package dev.winnow.history;

import dev.winnow.common.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the finals' name claims into at most one final per original set. Two finals named after the same member
 * are duplicates: the first stays, the others are reported. Finals named after different members of one group mean
 * the nearest-up rule joined two kept generations (typically a lone stage 1 followed by a generation that starts
 * at stage 1.5): one set can only have one winner, so the group is split between the claimed members and each
 * final is recovered against its own sub-group. The catalog keeps its grouping; only history's view is split.
 */
final class FinalClaims {
    /** The final paired with one set, the member (index into that set) it is named after, and how it was found. */
    record Paired(SourceEntry fin, int member, String how) {
    }

    /** The sets after splitting, and the final of each set (by index into {@code sets}) that has one. */
    record Pairing(List<OriginalSet> sets, Map<Integer, Paired> finals) {
    }

    static final String SPLIT = "set-split-by-finals";

    private final GenerationBoundary boundary;

    FinalClaims(GenerationBoundary boundary) {
        this.boundary = boundary;
    }

    Pairing resolve(List<OriginalSet> groups, List<NameMatcher.Claim> claims, Problems problems) {
        Map<Integer, TreeMap<Integer, NameMatcher.Claim>> claimed = new HashMap<>();
        for (NameMatcher.Claim c : claims) {
            NameMatcher.Claim earlier = claimed.computeIfAbsent(c.set(), k -> new TreeMap<>()).putIfAbsent(c.member(), c);
            if (earlier != null) {
                problems.add(c.fin().path(), "duplicate-final", "set " + groups.get(c.set()).key() + " already has final "
                        + earlier.fin().path() + " of the same member");
            }
        }
        List<OriginalSet> sets = new ArrayList<>();
        Map<Integer, Paired> finals = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            OriginalSet group = groups.get(g);
            TreeMap<Integer, NameMatcher.Claim> byMember = claimed.getOrDefault(g, new TreeMap<>());
            List<Integer> starts = byMember.size() < 2 ? List.of(0) : boundary.starts(group, List.copyOf(byMember.keySet()));
            if (starts.size() > 1) reportSplit(group, byMember, starts, problems);
            for (int k = 0; k < starts.size(); k++) {
                int from = starts.get(k), to = k + 1 < starts.size() ? starts.get(k + 1) : group.members().size();
                for (NameMatcher.Claim c : byMember.subMap(from, to).values()) {
                    finals.put(sets.size(), new Paired(c.fin(), c.member() - from, c.how()));
                }
                sets.add(starts.size() == 1 ? group : group.slice(from, to));
            }
        }
        return new Pairing(sets, finals);
    }

    /** Recorded so the user learns that a catalog set holds several kept generations (the learner leaves it out). */
    private static void reportSplit(OriginalSet group, Map<Integer, NameMatcher.Claim> byMember, List<Integer> starts,
                                    Problems problems) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : group.members().size();
            parts.add(group.slice(starts.get(k), to).names().toString());
        }
        problems.add(group.key(), SPLIT, byMember.size() + " finals are named after different members ("
                + byMember.values().stream().map(c -> c.fin().path()).toList() + "): recovered as " + String.join(" + ", parts));
    }
}
