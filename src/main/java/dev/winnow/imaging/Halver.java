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
