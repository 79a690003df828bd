package dev.winnow.learn.anomaly;

import java.util.ArrayDeque;
import java.util.Arrays;

/** The 4-connected region of tiles around a seed tile that stay above a level: how compact an excess is, and where. */
final class TileRegion {
    private TileRegion() {
    }

    /** Indices of the region's tiles (none when the seed itself is not above {@code level}). */
    static int[] around(float[] v, int w, int h, int seed, float level) {
        if (!(v[seed] > level)) return new int[0];
        boolean[] seen = new boolean[v.length];
        int[] out = new int[v.length];
        int count = 0;
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(seed);
        seen[seed] = true;
        while (!todo.isEmpty()) {
            int i = todo.poll();
            out[count++] = i;
            int x = i % w, y = i / w;
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
            for (int j : next) {
                if (j >= 0 && !seen[j] && v[j] > level) {
                    seen[j] = true;
                    todo.add(j);
                }
            }
        }
        return Arrays.copyOf(out, count);
    }
}
