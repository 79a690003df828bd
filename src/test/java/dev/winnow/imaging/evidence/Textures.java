package dev.winnow.imaging.evidence;

import java.util.SplittableRandom;

/**
 * Test images as float planes: texture at several scales everywhere (so that every kind of local defect has
 * something to change), and the global changes a stage step makes (resampling softness, tone curves, sharpening).
 */
final class Textures {
    private Textures() {
    }

    /** Colourful multi-scale value noise in [0.04, 0.96]: detail at 2, 4 and 16 px, colour at 32 px. */
    static float[][] textured(int w, int h, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] n2 = noise(w, h, 2, rng), n4 = noise(w, h, 4, rng), n16 = noise(w, h, 16, rng);
        float[] c1 = noise(w, h, 32, rng), c2 = noise(w, h, 32, rng);
        float[][] out = new float[3][w * h];
        for (int i = 0; i < w * h; i++) {
            float l = 0.5f + 0.22f * n16[i] + 0.14f * n4[i] + 0.07f * n2[i];
            out[0][i] = clamp(l + 0.12f * c1[i]);
            out[1][i] = clamp(l - 0.05f * c1[i] + 0.05f * c2[i]);
            out[2][i] = clamp(l - 0.12f * c2[i]);
        }
        return out;
    }

    /** Bilinear value noise in [-1, 1] on a grid of {@code cell} px. */
    private static float[] noise(int w, int h, int cell, SplittableRandom rng) {
        int gw = w / cell + 2, gh = h / cell + 2;
        float[] grid = new float[gw * gh];
        for (int i = 0; i < grid.length; i++) grid[i] = (float) (2 * rng.nextDouble() - 1);
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            float fy = (float) y / cell;
            int gy = (int) fy;
            float ty = fy - gy;
            for (int x = 0; x < w; x++) {
                float fx = (float) x / cell;
                int gx = (int) fx;
                float tx = fx - gx;
                float top = grid[gy * gw + gx] * (1 - tx) + grid[gy * gw + gx + 1] * tx;
                float bottom = grid[(gy + 1) * gw + gx] * (1 - tx) + grid[(gy + 1) * gw + gx + 1] * tx;
                out[y * w + x] = top * (1 - ty) + bottom * ty;
            }
        }
        return out;
    }

    /**
     * A purely global step: the softness of a resample (Gaussian 0.8 px), a tone curve per channel (gamma and gain),
     * sharpening (unsharp mask 0.9 at 1.5 px), rounded to 8 bits as a saved image is.
     */
    static float[][] globalStep(float[][] a, int w, int h) {
        Filters f = new Filters(w, h);
        float[][] out = new float[3][w * h];
        float[] soft = new float[w * h], blur = new float[w * h];
        double[] gamma = {0.85, 0.95, 1.1}, gain = {1.05, 0.97, 1.0};
        for (int c = 0; c < 3; c++) {
            f.gaussian(a[c], soft, 0.8);
            for (int i = 0; i < soft.length; i++) soft[i] = (float) (gain[c] * Math.pow(soft[i], gamma[c]));
            f.gaussian(soft, blur, 1.5);
            for (int i = 0; i < soft.length; i++) {
                float v = soft[i] + 0.9f * (soft[i] - blur[i]);
                out[c][i] = Math.round(clamp(v) * 255) / 255f;
            }
        }
        return out;
    }

    private static float clamp(float v) {
        return Math.max(0.04f, Math.min(0.96f, v));
    }
}
