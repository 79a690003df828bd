package dev.winnow.imaging;

/**
 * The layout of a set's change heatmap as {@link HeatmapRenderer} draws it: one panel per decoded member in stage
 * order, all at the set's common comparison size, side by side with a {@value #GAP} px gap. Each panel shows its
 * whole member resized to that size, so panel {@code i} maps onto member {@code i}'s full frame whatever the
 * member's own pixel size.
 */
public final class HeatmapStrip {
    public static final int GAP = 6;

    private HeatmapStrip() {
    }

    /** Pixel rectangle {x, y, w, h} of panel {@code index} of {@code count} in a strip of the given size; null if the size does not fit. */
    public static int[] panel(int stripWidth, int stripHeight, int index, int count) {
        if (count < 1 || index < 0 || index >= count) return null;
        int room = stripWidth - (count - 1) * GAP;
        if (room <= 0 || room % count != 0) return null;
        int w = room / count;
        return new int[] {index * (w + GAP), 0, w, stripHeight};
    }

    static int width(int panelWidth, int count) {
        return count * panelWidth + (count - 1) * GAP;
    }
}
