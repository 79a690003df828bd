package dev.winnow.learn.features;

import java.util.ArrayList;
import java.util.List;

/** Dense row-major feature rows; NaN is a missing value (XGBoost routes it down a learned default branch). */
public record FeatureMatrix(float[] values, int rows, int cols) {

    public FeatureMatrix {
        if ((long) rows * cols != values.length) throw new IllegalArgumentException("matrix shape does not match its values");
    }

    public float[] row(int r) {
        float[] out = new float[cols];
        System.arraycopy(values, r * cols, out, 0, cols);
        return out;
    }

    float get(int r, int c) {
        return values[r * cols + c];
    }

    /** Collects rows of a fixed width. */
    public static final class Builder {
        private final int cols;
        private final List<float[]> rows = new ArrayList<>();

        public Builder(int cols) {
            this.cols = cols;
        }

        public Builder add(float[] row) {
            if (row.length != cols) throw new IllegalArgumentException("row has " + row.length + " values, expected " + cols);
            rows.add(row);
            return this;
        }

        int size() {
            return rows.size();
        }

        public FeatureMatrix build() {
            float[] v = new float[rows.size() * cols];
            for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, v, i * cols, cols);
            return new FeatureMatrix(v, rows.size(), cols);
        }
    }
}
