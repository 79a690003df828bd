package dev.winnow.learn.anomaly;

import java.util.Arrays;
import java.util.List;

/**
 * A z map (tiles in units of their usual spread, see {@link ExpectedResidual}) as nine numbers: how far and how
 * widely it stands out upwards (a break that adds or changes something), downwards (detail lost where the step
 * usually adds it: a smear, a blur, a missing structure), and whether the excess is one compact region. The
 * outermost ring of tiles is left out: filters and resizing make edges unreliable.
 */
final class ZSummary {
    static final List<String> STATS = List.of("max", "top1", "over3", "over5", "min", "bottom1", "under3", "blob", "median");

    private ZSummary() {
    }

    static float[] of(float[] z, int cols, int rows) {
        int border = cols > 4 && rows > 4 ? 1 : 0;
        int w = cols - 2 * border, h = rows - 2 * border, n = w * h;
        float[] inner = new float[n];
        for (int y = 0; y < h; y++) System.arraycopy(z, (y + border) * cols + border, inner, y * w, w);
        float[] sorted = inner.clone();
        Arrays.sort(sorted);
        int k = Math.max(1, n / 100);
        double top = 0, bottom = 0;
        for (int i = 0; i < k; i++) {
            top += sorted[n - 1 - i];
            bottom += sorted[i];
        }
        int over3 = 0, over5 = 0, under3 = 0, peak = 0;
        for (int i = 0; i < n; i++) {
            if (inner[i] > 3) over3++;
            if (inner[i] > 5) over5++;
            if (inner[i] < -3) under3++;
            if (inner[i] > inner[peak]) peak = i;
        }
        float max = inner[peak];
        return new float[] {max, (float) (top / k), (float) over3 / n, (float) over5 / n, sorted[0], (float) (bottom / k),
                (float) under3 / n, (float) TileRegion.around(inner, w, h, peak, Math.max(max / 2, 1.5f)).length / n, sorted[n / 2]};
    }
}
