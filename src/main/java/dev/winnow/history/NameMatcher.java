package dev.winnow.history;

import dev.winnow.common.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First pass of pairing finals with original sets: by file name, then by stem (a PNG delivered as JPEG keeps its
 * stem). A name held by several originals decides nothing (content will); a second final for the same set is a
 * duplicate.
 */
final class NameMatcher {
    /** Set index to its final and the member the final is named after; finals no name explains. */
    record Result(Map<Integer, SourceEntry> finalOfSet, Map<Integer, Integer> namedMember, Map<Integer, String> how,
                  List<SourceEntry> unmatched) {
    }

    private record Hit(int set, int member) {
    }

    private NameMatcher() {
    }

    static Result match(List<OriginalSet> sets, List<SourceEntry> finals, Problems problems) {
        Map<String, List<Hit>> byName = new HashMap<>(), byStem = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<SourceEntry> members = sets.get(s).members();
            for (int m = 0; m < members.size(); m++) {
                byName.computeIfAbsent(members.get(m).name(), k -> new ArrayList<>()).add(new Hit(s, m));
                byStem.computeIfAbsent(members.get(m).stem(), k -> new ArrayList<>()).add(new Hit(s, m));
            }
        }
        byName.forEach((name, hits) -> {
            if (hits.size() > 1) {
                problems.add(sets.get(hits.get(0).set()).members().get(hits.get(0).member()).path(), "duplicate-original-name",
                        hits.size() + " originals are named " + name + "; finals with this name are matched by content");
            }
        });
        Map<Integer, SourceEntry> finalOfSet = new HashMap<>();
        Map<Integer, Integer> named = new HashMap<>();
        Map<Integer, String> how = new HashMap<>();
        List<SourceEntry> unmatched = new ArrayList<>();
        for (SourceEntry f : finals) {
            List<Hit> hits = byName.get(f.name());
            String by = "name";
            if (hits == null) {
                hits = byStem.get(f.stem());
                by = "stem";
            }
            if (hits == null || hits.size() != 1) {
                unmatched.add(f);
                continue;
            }
            Hit h = hits.get(0);
            SourceEntry earlier = finalOfSet.putIfAbsent(h.set(), f);
            if (earlier != null) {
                problems.add(f.path(), "duplicate-final", "set " + sets.get(h.set()).key() + " already has final " + earlier.path());
                continue;
            }
            named.put(h.set(), h.member());
            how.put(h.set(), by);
        }
        return new Result(finalOfSet, named, how, unmatched);
    }
}
