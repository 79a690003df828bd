package dev.winnow.store;

/**
 * A member's heatmap as predicted: a {@code cols} x {@code rows} grid (row-major) of excess values quantised to one
 * byte each, {@link #STEP} spreads per unit (0 to 10.2 spreads; less than nothing is 0).
 */
public record HeatRow(long setId, long fileId, int cols, int rows, byte[] tiles) {
    public static final float STEP = 0.04f;

    public HeatRow {
        if (tiles.length != cols * rows) {
            throw new IllegalArgumentException("a " + cols + " x " + rows + " heatmap needs " + cols * rows + " tiles, got " + tiles.length);
        }
    }

    public static HeatRow of(long setId, long fileId, int cols, int rows, float[] excess) {
        byte[] b = new byte[excess.length];
        for (int i = 0; i < b.length; i++) {
            float v = Float.isNaN(excess[i]) ? 0 : excess[i] / STEP;
            b[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
        return new HeatRow(setId, fileId, cols, rows, b);
    }

    /** The excess of tile {@code i}, in spreads. */
    public float excess(int i) {
        return (tiles[i] & 0xff) * STEP;
    }
}
