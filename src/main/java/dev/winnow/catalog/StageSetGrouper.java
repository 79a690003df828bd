package dev.winnow.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the images of one project into stage sets with the "nearest-up" rule of the user's old tool: sort by
 * (timestamp, stage, name); start a set at a file; repeatedly take the smallest stage greater than the last one
 * within the next {@value #LOOKAHEAD} files, stopping at the first file whose stage is not greater. Sets need 2+
 * images. Unlike the old tool, a file that a jump skipped over is not lost: it starts its own set or stays a
 * single. Files in different folders never share a set; names without time or stage are always singles.
 */
public final class StageSetGrouper {
    static final int LOOKAHEAD = 50;

    /** What the grouper needs to know about a file. */
    public record Item(long id, String folder, String time, Stage stage, String name) {
        boolean groupable() {
            return time != null && stage.known();
        }
    }

    /** Every input item lands in exactly one of {@code sets} or {@code singles}. */
    public record Result(List<List<Item>> sets, List<Item> singles) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::time)
            .thenComparing(Item::stage).thenComparing(Item::name);

    public Result group(List<Item> items) {
        List<List<Item>> sets = new ArrayList<>();
        List<Item> singles = new ArrayList<>();
        Map<String, List<Item>> byFolder = new LinkedHashMap<>();
        for (Item it : items) {
            if (it.groupable()) byFolder.computeIfAbsent(it.folder(), k -> new ArrayList<>()).add(it);
            else singles.add(it);
        }
        for (List<Item> folder : byFolder.values()) {
            folder.sort(ORDER);
            groupSorted(folder, sets, singles);
        }
        return new Result(sets, singles);
    }

    private static void groupSorted(List<Item> sorted, List<List<Item>> sets, List<Item> singles) {
        int n = sorted.size();
        boolean[] taken = new boolean[n];
        for (int start = 0; start < n; start++) {
            if (taken[start]) continue;
            List<Item> set = new ArrayList<>();
            set.add(sorted.get(start));
            int pos = start;
            double last = sorted.get(start).stage().value();
            while (true) {
                int best = nextUp(sorted, taken, pos, last);
                if (best < 0) break;
                set.add(sorted.get(best));
                taken[best] = true;
                last = sorted.get(best).stage().value();
                pos = best;
            }
            taken[start] = true;
            if (set.size() >= 2) {
                sets.add(set);
            } else {
                singles.add(set.get(0));
            }
        }
    }

    /** Index of the smallest stage above {@code last} in the window after {@code pos}, or -1. */
    private static int nextUp(List<Item> sorted, boolean[] taken, int pos, double last) {
        int best = -1;
        int seen = 0;
        for (int j = pos + 1; j < sorted.size() && seen < LOOKAHEAD; j++) {
            if (taken[j]) continue;
            seen++;
            double s = sorted.get(j).stage().value();
            if (s <= last) break;
            if (best < 0 || s < sorted.get(best).stage().value()) best = j;
        }
        return best;
    }
}
