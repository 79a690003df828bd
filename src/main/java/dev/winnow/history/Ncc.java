package dev.winnow.history;

/** Normalized cross-correlation helpers on float vectors of equal length. */
final class Ncc {
    private Ncc() {
    }

    /** The vector minus its mean, scaled to unit length; null when it is flat (nothing to correlate). */
    static float[] normalized(float[] v) {
        double sum = 0;
        for (float f : v) sum += f;
        float mean = (float) (sum / v.length);
        double sq = 0;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            float d = v[i] - mean;
            out[i] = d;
            sq += (double) d * d;
        }
        if (sq < 1e-12 * v.length) return null;
        float inv = (float) (1 / Math.sqrt(sq));
        for (int i = 0; i < out.length; i++) out[i] *= inv;
        return out;
    }

    /** NCC of a raw vector against an already normalized one. */
    static double against(float[] normalizedRef, float[] raw) {
        double sum = 0;
        for (float f : raw) sum += f;
        double mean = sum / raw.length;
        double dot = 0, sq = 0;
        for (int i = 0; i < raw.length; i++) {
            double d = raw[i] - mean;
            dot += normalizedRef[i] * d;
            sq += d * d;
        }
        return sq < 1e-12 * raw.length ? 0 : dot / Math.sqrt(sq);
    }

    static double meanSquaredError(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s / a.length;
    }
}
