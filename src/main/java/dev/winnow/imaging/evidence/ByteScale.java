package dev.winnow.imaging.evidence;

import java.util.Objects;

/**
 * How one per-tile quantity is kept in a byte: 256 levels spread evenly over [min, max], on a log scale
 * (log(v + offset)) for energies, whose relative size is what matters, else linearly. Values outside the range
 * are clamped. The evidence is quantized where it is computed, so that what the learner reads is the same
 * whether it was computed in this run or read back from the store.
 */
public final class ByteScale {
    private final boolean log;
    private final double offset;
    private final double min;
    private final double max;
    private final double lo;
    private final double hi;
    private final float[] levels = new float[256];

    private ByteScale(boolean log, double offset, double min, double max) {
        this.log = log;
        this.offset = offset;
        this.min = min;
        this.max = max;
        this.lo = log ? Math.log(min + offset) : min;
        this.hi = log ? Math.log(max + offset) : max;
        for (int q = 0; q < 256; q++) {
            double u = lo + q * (hi - lo) / 255;
            levels[q] = (float) (log ? Math.exp(u) - offset : u);
        }
    }

    public static ByteScale linear(double min, double max) {
        return new ByteScale(false, 0, min, max);
    }

    /** Levels evenly spaced in log(v + offset) over [0, max]. */
    public static ByteScale logarithmic(double offset, double max) {
        return new ByteScale(true, offset, 0, max);
    }

    /** The step between two levels, in the scale's units (log units for a log scale): the precision kept. */
    public double step() {
        return (hi - lo) / 255;
    }

    public byte encode(float v) {
        if (Float.isNaN(v)) return 0;
        double u = log ? Math.log(Math.max(v, min) + offset) : v;
        long q = Math.round((u - lo) / (hi - lo) * 255);
        return (byte) Math.max(0, Math.min(255, q));
    }

    public float decode(byte code) {
        return levels[code & 0xff];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteScale s && s.log == log && s.offset == offset && s.min == min && s.max == max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(log, offset, min, max);
    }

    @Override
    public String toString() {
        return (log ? "log(v + " + offset + ")" : "linear") + " over [" + min + ", " + max + "]";
    }
}
