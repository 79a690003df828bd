package dev.winnow.imaging;

/** 1/v for the 8-bit values, so per-pixel ratios such as HSV saturation multiply instead of divide. */
public final class Reciprocals {
    /** OF[v] = 1.0 / v, and OF[0] = 0 (a ratio over zero counts as zero). */
    public static final double[] OF = new double[256];

    static {
        for (int v = 1; v < 256; v++) OF[v] = 1.0 / v;
    }

    private Reciprocals() {
    }
}
