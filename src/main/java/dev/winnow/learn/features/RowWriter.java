package dev.winnow.learn.features;

/** Fills one feature row in name order and checks that the row is exactly as wide as the names say. */
public final class RowWriter {
    private final float[] values;
    private int next;

    public RowWriter(int width) {
        values = new float[width];
    }

    public RowWriter add(double x) {
        values[next++] = (float) x;
        return this;
    }

    public RowWriter add(boolean b) {
        return add(b ? 1 : 0);
    }

    public RowWriter addAll(double[] xs) {
        for (double x : xs) add(x);
        return this;
    }

    /** Each change feature of a member and its difference to a reference member's (see FeatureSchema#changePairs). */
    public RowWriter addChangePairs(double[] own, double[] reference) {
        for (int f = 0; f < own.length; f++) add(own[f]).add(own[f] - reference[f]);
        return this;
    }

    public float[] done() {
        if (next != values.length) {
            throw new IllegalStateException("feature row has " + next + " values but " + values.length + " names");
        }
        return values;
    }
}
