package dev.winnow.imaging;

/**
 * Halves a stream of rows with exact 2x2 means, keeping only the current pair of rows; an odd last row or column
 * is dropped (a sub-pixel shift that thumbnails do not show).
 */
final class Halver implements RowSink {
    private final int width;
    private final int[] pair;
    private final RowSink next;
    private int y;

    Halver(int width, RowSink next) {
        this.width = width;
        this.pair = new int[2 * width];
        this.next = next;
    }

    @Override
    public int[] rowArray() {
        return pair;
    }

    @Override
    public int rowOffset() {
        return (y & 1) * width;
    }

    @Override
    public void rowDone() {
        if ((y & 1) == 1) {
            halveRows(pair, 0, width, next.rowArray(), next.rowOffset(), width / 2);
            next.rowDone();
        }
        y++;
    }

    @Override
    public Halver halver() {
        return this;
    }

    /**
     * Takes the next two rows as 8-bit RGB samples ({@code upper} from {@code u}, {@code lower} from {@code l})
     * instead of two packed rows; the same exact means as {@link #halveRows}.
     */
    void rgbPair(byte[] upper, int u, byte[] lower, int l) {
        int[] out = next.rowArray();
        for (int x = 0, o = next.rowOffset(), end = width / 2; x < end; x++, u += 6, l += 6) {
            int r = (upper[u] & 0xff) + (upper[u + 3] & 0xff) + (lower[l] & 0xff) + (lower[l + 3] & 0xff) + 2;
            int g = (upper[u + 1] & 0xff) + (upper[u + 4] & 0xff) + (lower[l + 1] & 0xff) + (lower[l + 4] & 0xff) + 2;
            int b = (upper[u + 2] & 0xff) + (upper[u + 5] & 0xff) + (lower[l + 2] & 0xff) + (lower[l + 5] & 0xff) + 2;
            out[o + x] = (r >> 2) << 16 | (g >> 2) << 8 | (b >> 2);
        }
        next.rowDone();
        y += 2;
    }

    /** Writes the 2x2 means of rows {@code src[r0...]} and {@code src[r1...]} into {@code out[o...o+halfWidth)}. */
    static void halveRows(int[] src, int r0, int r1, int[] out, int o, int halfWidth) {
        for (int x = 0; x < halfWidth; x++) {
            int a = src[r0 + 2 * x], b = src[r0 + 2 * x + 1], c = src[r1 + 2 * x], d = src[r1 + 2 * x + 1];
            // Red and blue are summed together in one int (8 spare bits between them), green on its own.
            int rb = (a & 0xff00ff) + (b & 0xff00ff) + (c & 0xff00ff) + (d & 0xff00ff) + 0x020002;
            int g = (a & 0xff00) + (b & 0xff00) + (c & 0xff00) + (d & 0xff00) + 0x0200;
            out[o + x] = ((rb >> 2) & 0xff00ff) | ((g >> 2) & 0xff00);
        }
    }
}
