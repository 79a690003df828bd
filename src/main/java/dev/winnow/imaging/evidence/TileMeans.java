package dev.winnow.imaging.evidence;

/**
 * Mean of a per-pixel map over square tiles of {@value #SIDE} px; the last row and column of tiles may be partial
 * (then the mean of the pixels they hold), so every pixel counts: a 384 x 263 map gives 48 x 33 tiles.
 */
final class TileMeans {
    static final int SIDE = 8;

    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final double[] sums;
    private final float[] inverseCounts;

    TileMeans(int width, int height) {
        this.width = width;
        this.height = height;
        this.cols = (width + SIDE - 1) / SIDE;
        this.rows = (height + SIDE - 1) / SIDE;
        this.sums = new double[cols];
        this.inverseCounts = new float[cols * rows];
        for (int r = 0; r < rows; r++) {
            int h = Math.min(SIDE, height - r * SIDE);
            for (int c = 0; c < cols; c++) inverseCounts[r * cols + c] = 1f / (h * Math.min(SIDE, width - c * SIDE));
        }
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    int tiles() {
        return cols * rows;
    }

    /** Tile means of {@code map} into {@code out[at..at + tiles())}, row-major. */
    void pool(float[] map, float[] out, int at) {
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(sums, 0);
            int y1 = Math.min(height, (r + 1) * SIDE);
            for (int y = r * SIDE; y < y1; y++) {
                int o = y * width;
                for (int c = 0; c < cols; c++) {
                    int x0 = c * SIDE, x1 = Math.min(width, x0 + SIDE);
                    float s = 0;
                    for (int x = x0; x < x1; x++) s += map[o + x];
                    sums[c] += s;
                }
            }
            for (int c = 0; c < cols; c++) out[at + r * cols + c] = (float) (sums[c] * inverseCounts[r * cols + c]);
        }
    }

    /** Tile centre x (or y) as a share of the width (or height). */
    float centreX(int col) {
        return (col * SIDE + Math.min(width, (col + 1) * SIDE)) / 2f / width;
    }

    float centreY(int row) {
        return (row * SIDE + Math.min(height, (row + 1) * SIDE)) / 2f / height;
    }
}
