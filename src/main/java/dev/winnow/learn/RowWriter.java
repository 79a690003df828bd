package dev.winnow.learn;

/** Fills one feature row in name order and checks that the row is exactly as wide as the names say. */
final class RowWriter {
    private final float[] values;
    private int next;

    RowWriter(int width) {
        values = new float[width];
    }

    RowWriter add(double x) {
        values[next++] = (float) x;
        return this;
    }

    RowWriter add(boolean b) {
        return add(b ? 1 : 0);
    }

    RowWriter addAll(double[] xs) {
        for (double x : xs) add(x);
        return this;
    }

    /** Each change feature of a member and its difference to a reference member's (see FeatureSchema#changePairs). */
    RowWriter addChangePairs(double[] own, double[] reference) {
        for (int f = 0; f < own.length; f++) add(own[f]).add(own[f] - reference[f]);
        return this;
    }

    float[] done() {
        if (next != values.length) {
            throw new IllegalStateException("feature row has " + next + " values but " + values.length + " names");
        }
        return values;
    }
}
