package dev.winnow.learn.anomaly;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.SetExample;

/**
 * Where a set's most broken-looking step changed what it should not have: the member of the step's upper stage
 * ({@code member}, index into the set; -1 if it is not in the set), the step's stages, the region on that member
 * (a normalized box around the step's strongest unexpected change: its peak tile grown over the connected tiles
 * above half the peak), the share of the picture it covers, and how far the peak stood out (in spreads).
 */
public record Blame(int member, double fromStage, double toStage, CropBox region, double area, double peak) {
    /** Below this the peak is no excess at all: the region is the peak tile alone. */
    static final float MIN_LEVEL = 1.5f;

    static Blame of(SetExample set, StepTable.Step step) {
        int member = set.memberAt(step.upperStage());
        int cols = step.cols(), rows = step.rows();
        float[] map = step.blame();
        int border = cols > 4 && rows > 4 ? 1 : 0;
        int peak = -1;
        for (int y = border; y < rows - border; y++) {
            for (int x = border; x < cols - border; x++) {
                int t = y * cols + x;
                if (peak < 0 || map[t] > map[peak]) peak = t;
            }
        }
        int[] region = TileRegion.around(map, cols, rows, peak, Math.max(map[peak] / 2, MIN_LEVEL));
        if (region.length == 0) region = new int[] {peak};
        int x1 = cols, y1 = rows, x2 = -1, y2 = -1;
        for (int t : region) {
            x1 = Math.min(x1, t % cols);
            x2 = Math.max(x2, t % cols);
            y1 = Math.min(y1, t / cols);
            y2 = Math.max(y2, t / cols);
        }
        CropBox box = new CropBox((double) x1 / cols, (double) y1 / rows, (x2 + 1.0) / cols, (y2 + 1.0) / rows);
        return new Blame(member, step.lowerStage(), step.upperStage(), box, (double) region.length / (cols * rows), map[peak]);
    }
}
