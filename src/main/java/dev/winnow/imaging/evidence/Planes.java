package dev.winnow.imaging.evidence;

import dev.winnow.imaging.RgbImages;

import java.awt.image.BufferedImage;

/** RGB images as three float planes in [0, 1] (float[3][width * height], row-major), and sums over them. */
final class Planes {
    static final float LUMA_R = 0.299f;
    static final float LUMA_G = 0.587f;
    static final float LUMA_B = 0.114f;

    private Planes() {
    }

    static float[][] of(BufferedImage img) {
        int[] px = RgbImages.pixels(img);
        float[][] out = new float[3][px.length];
        float[] r = out[0], g = out[1], b = out[2];
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            r[i] = ((p >> 16) & 0xff) / 255f;
            g[i] = ((p >> 8) & 0xff) / 255f;
            b[i] = (p & 0xff) / 255f;
        }
        return out;
    }

    static float[][] copy(float[][] planes) {
        return new float[][] {planes[0].clone(), planes[1].clone(), planes[2].clone()};
    }

    /** Rec. 601 luma, as the probe's {@code a @ LUM}. */
    static void luma(float[][] rgb, float[] out) {
        float[] r = rgb[0], g = rgb[1], b = rgb[2];
        for (int i = 0; i < out.length; i++) out[i] = LUMA_R * r[i] + LUMA_G * g[i] + LUMA_B * b[i];
    }

    /** 1 - var(actual - pred) / (var(actual) + 1e-9) over every pixel of every channel. */
    static double rSquared(float[][] actual, float[][] pred) {
        double sr = 0, srr = 0, sb = 0, sbb = 0;
        long n = 0;
        for (int c = 0; c < 3; c++) {
            float[] b = actual[c], p = pred[c];
            for (int i = 0; i < b.length; i++) {
                double v = b[i], r = v - p[i];
                sr += r;
                srr += r * r;
                sb += v;
                sbb += v * v;
            }
            n += b.length;
        }
        double varR = srr / n - (sr / n) * (sr / n), varB = sbb / n - (sb / n) * (sb / n);
        return 1 - varR / (varB + 1e-9);
    }
}
