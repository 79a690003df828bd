package dev.winnow.imaging;

import java.util.Arrays;

/** Per-tile values over an image, row-major; tile (c, r) covers [c*W/cols, (c+1)*W/cols) x [r*H/rows, ...). */
public record TileGrid(int cols, int rows, float[] values) {

    /** Mean of a per-pixel map over each tile. */
    public static TileGrid mean(float[] map, int width, int height, int cols, int rows) {
        float[] out = new float[cols * rows];
        for (int r = 0; r < rows; r++) {
            int y0 = r * height / rows, y1 = (r + 1) * height / rows;
            for (int c = 0; c < cols; c++) {
                int x0 = c * width / cols, x1 = (c + 1) * width / cols;
                double s = 0;
                for (int y = y0; y < y1; y++) {
                    int row = y * width;
                    for (int x = x0; x < x1; x++) s += map[row + x];
                }
                int n = (y1 - y0) * (x1 - x0);
                out[r * cols + c] = n == 0 ? 0 : (float) (s / n);
            }
        }
        return new TileGrid(cols, rows, out);
    }

    public int size() {
        return values.length;
    }

    public int argMax() {
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    public float max() {
        return values[argMax()];
    }

    public double mean() {
        double s = 0;
        for (float v : values) s += v;
        return s / values.length;
    }

    public double sum() {
        double s = 0;
        for (float v : values) s += v;
        return s;
    }

    /** Values sorted from largest to smallest. */
    public float[] descending() {
        float[] s = values.clone();
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            float t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }

    /** The q-quantile (0..1) by nearest rank. */
    public double quantile(double q) {
        float[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
    }

    /** Centre of tile i as a fraction of the image width and height. */
    /**
     * Centre and spread of the part of the map above {@code level}: the mean and standard deviation of tile centres
     * (x, y in [0, 1]) weighted by how far each tile rises above it, as {x, y, sx, sy}; NaN when no tile does.
     * Unlike the single largest tile this places a change spread over several tiles to a fraction of a tile, and
     * says how big it is.
     */
    public double[] massAbove(double level) {
        double w = 0, x = 0, y = 0, xx = 0, yy = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i] - level;
            if (v <= 0) continue;
            double cx = centreX(i), cy = centreY(i);
            w += v;
            x += v * cx;
            y += v * cy;
            xx += v * cx * cx;
            yy += v * cy * cy;
        }
        if (w <= 0) return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double mx = x / w, my = y / w;
        return new double[] {mx, my, Math.sqrt(Math.max(0, xx / w - mx * mx)), Math.sqrt(Math.max(0, yy / w - my * my))};
    }

    public double centreX(int i) {
        return ((i % cols) + 0.5) / cols;
    }

    public double centreY(int i) {
        return ((i / cols) + 0.5) / rows;
    }

    /** Number of tiles 4-connected to tile {@code seed} whose value is at least {@code threshold}. */
    public int regionSize(int seed, float threshold) {
        boolean[] seen = new boolean[values.length];
        int[] stack = new int[values.length];
        int top = 0, count = 0;
        stack[top++] = seed;
        seen[seed] = true;
        while (top > 0) {
            int i = stack[--top];
            count++;
            int c = i % cols, r = i / cols;
            int[] next = {c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1, r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1};
            for (int j : next) {
                if (j >= 0 && !seen[j] && values[j] >= threshold) {
                    seen[j] = true;
                    stack[top++] = j;
                }
            }
        }
        return count;
    }
}
