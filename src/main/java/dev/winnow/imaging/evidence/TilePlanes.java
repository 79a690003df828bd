package dev.winnow.imaging.evidence;

import java.util.List;

/**
 * Per-tile planes of one step (the residual maps of a variant, or the lower image's content descriptors): plane
 * p of tile (col, row) is {@code value(p, row * cols + col)}. Held as one byte per value on each plane's
 * {@link ByteScale} (a 20,000-image project's evidence then stays in the low hundreds of MB, in the store and in
 * memory).
 */
public record TilePlanes(int cols, int rows, List<ByteScale> scales, byte[] codes) {
    public TilePlanes {
        scales = List.copyOf(scales);
        if (codes.length != scales.size() * cols * rows) {
            throw new IllegalArgumentException(codes.length + " codes for " + scales.size() + " planes of " + cols + "x" + rows);
        }
    }

    /** Quantizes {@code values} (plane-major: plane p at [p * tiles, (p + 1) * tiles)). */
    public static TilePlanes of(int cols, int rows, List<ByteScale> scales, float[] values) {
        int tiles = cols * rows;
        byte[] codes = new byte[scales.size() * tiles];
        for (int p = 0; p < scales.size(); p++) {
            ByteScale s = scales.get(p);
            for (int t = 0; t < tiles; t++) codes[p * tiles + t] = s.encode(values[p * tiles + t]);
        }
        return new TilePlanes(cols, rows, scales, codes);
    }

    public int planes() {
        return scales.size();
    }

    public int tiles() {
        return cols * rows;
    }

    public float value(int plane, int tile) {
        return scales.get(plane).decode(codes[plane * tiles() + tile]);
    }

    public float value(int plane, int col, int row) {
        return value(plane, row * cols + col);
    }

    /** One plane's values, row-major over the tiles. */
    public float[] plane(int plane) {
        float[] out = new float[tiles()];
        for (int t = 0; t < out.length; t++) out[t] = value(plane, t);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TilePlanes t && t.cols == cols && t.rows == rows && t.scales.equals(scales)
                && java.util.Arrays.equals(t.codes, codes);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(cols, rows, scales) + java.util.Arrays.hashCode(codes);
    }
}
