package dev.winnow.learn.anomaly;

import dev.winnow.imaging.evidence.EvidenceNames;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.TilePlanes;

import java.util.ArrayList;
import java.util.List;

/**
 * What the expected-residual model knows about a tile: the lower image's content in the tile, the same content
 * averaged over a small and a larger neighbourhood (what surrounds the tile: a face, hair, a plain wall), and the
 * step (lower and upper stage). Neighbourhoods are about 40 and 88 working pixels wide whatever the tile side;
 * those sizes gave the best held-out separation of the ones tried on 8- and 16-px tiles in the research
 * (/work/research/expect*.py in the session that introduced them).
 */
final class TileInputs {
    static final int SMALL_CONTEXT_PX = 40;
    static final int LARGE_CONTEXT_PX = 88;
    /** The tile centre (x, y) is content of the tile only; its neighbourhood average would be the centre again. */
    private static final int CONTENT = EvidenceNames.DESCRIPTORS.size() - 2;
    static final List<String> NAMES = names();

    private TileInputs() {
    }

    /** Row-major: one row of {@link #NAMES} per tile. */
    static float[] of(StepEvidence step) {
        TilePlanes d = step.descriptors();
        int cols = d.cols(), rows = d.rows(), tiles = d.tiles(), width = NAMES.size();
        int small = window(SMALL_CONTEXT_PX), large = window(LARGE_CONTEXT_PX);
        float[] out = new float[tiles * width];
        int planes = EvidenceNames.DESCRIPTORS.size();
        for (int p = 0; p < planes; p++) {
            float[] plane = d.plane(p);
            for (int t = 0; t < tiles; t++) out[t * width + p] = plane[t];
            if (p >= CONTENT) continue;
            float[] s = boxNearest(plane, cols, rows, small), l = boxNearest(plane, cols, rows, large);
            for (int t = 0; t < tiles; t++) {
                out[t * width + planes + p] = s[t];
                out[t * width + planes + CONTENT + p] = l[t];
            }
        }
        for (int t = 0; t < tiles; t++) {
            out[t * width + width - 2] = (float) step.lowerStage();
            out[t * width + width - 1] = (float) step.upperStage();
        }
        return out;
    }

    /** An odd number of tiles spanning about {@code px} working pixels (at least 3). */
    static int window(int px) {
        return 2 * Math.max(1, px / (2 * EvidenceNames.TILE_SIDE)) + 1;
    }

    /** Mean over a w x w window, edges extended by their nearest tile (separable running sums). */
    static float[] boxNearest(float[] v, int cols, int rows, int w) {
        int r = w / 2;
        float[] tmp = new float[v.length], out = new float[v.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) s += v[y * cols + Math.max(0, Math.min(cols - 1, x + k))];
                tmp[y * cols + x] = (float) (s / w);
            }
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) s += tmp[Math.max(0, Math.min(rows - 1, y + k)) * cols + x];
                out[y * cols + x] = (float) (s / w);
            }
        }
        return out;
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>(EvidenceNames.DESCRIPTORS);
        List<String> content = EvidenceNames.DESCRIPTORS.subList(0, CONTENT);
        for (String c : content) n.add(c + "_near");
        for (String c : content) n.add(c + "_around");
        n.add("lower_stage");
        n.add("upper_stage");
        return List.copyOf(n);
    }
}
