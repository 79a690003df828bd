package dev.winnow.history;

import dev.winnow.common.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First pass of pairing finals with original sets: by file name, then by stem (a PNG delivered as JPEG keeps its
 * stem). A name held by several originals decides nothing (content will). Several finals may claim one set:
 * {@link FinalClaims} tells duplicates from a set that holds two kept generations.
 */
final class NameMatcher {
    /** A final named after member {@code member} of set {@code set}, found by "name" or "stem". */
    record Claim(SourceEntry fin, int set, int member, String how) {
    }

    /** Claims in the order of the finals; finals no name explains. */
    record Result(List<Claim> claims, List<SourceEntry> unmatched) {
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
        List<Claim> claims = new ArrayList<>();
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
            claims.add(new Claim(f, hits.get(0).set(), hits.get(0).member(), by));
        }
        return new Result(claims, unmatched);
    }
}
