package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * A structured stand-in for a generated portrait, for benchmarks and tests when no real images are at hand:
 * a textured backdrop, a figure (body, head, eyes, hair) and soft blobs, laid out in normalized coordinates so
 * that one seed renders the same scene at any size, plus per-pixel grain so PNGs compress like real renders.
 */
public final class SyntheticPortrait {
    private final long seed;
    private final double[][] blobs;
    private final int skin;
    private final int cloth;
    private final int backdrop;

    public SyntheticPortrait(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        blobs = new double[12][];
        for (int i = 0; i < blobs.length; i++) {
            blobs[i] = new double[] {r.nextDouble(), r.nextDouble(), 0.03 + 0.12 * r.nextDouble(), r.nextInt(0x1000000)};
        }
        skin = mix(0xe0b090, r.nextInt(0x1000000), 0.15);
        cloth = r.nextInt(0x1000000);
        backdrop = r.nextInt(0x1000000);
    }

    public BufferedImage render(int width, int height) {
        int[] px = new int[width * height];
        SplittableRandom grain = new SplittableRandom(seed * 31 + width);
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                int c = colourAt(u, v);
                int n = grain.nextInt(9) - 4;
                px[y * width + x] = add(c, n);
            }
        }
        return RgbImages.wrap(width, height, px);
    }

    private int colourAt(double u, double v) {
        double wave = 0.5 + 0.25 * Math.sin(u * 9 + v * 4 + seed % 7) + 0.15 * Math.sin(u * 31 - v * 23);
        int c = mix(backdrop, 0x000000, 0.55 - 0.4 * v * wave);
        for (double[] b : blobs) {
            double d = Math.hypot(u - b[0], (v - b[1]) * 0.7) / b[2];
            if (d < 1) c = mix(c, (int) b[3], 0.5 * (1 - d * d));
        }
        double bodyD = Math.hypot((u - 0.5) / 0.28, (v - 0.78) / 0.35);
        if (bodyD < 1) c = mix(cloth, 0x000000, 0.3 * bodyD + 0.1 * Math.sin(u * 120) * Math.sin(v * 90));
        double headD = Math.hypot((u - 0.5) / 0.14, (v - 0.32) / 0.11);
        if (headD < 1) c = mix(skin, 0x502010, 0.35 * headD * headD);
        for (int side = -1; side <= 1; side += 2) {
            double eye = Math.hypot((u - 0.5 - side * 0.05) / 0.022, (v - 0.30) / 0.012);
            if (eye < 1) c = mix(0xf4f4f4, 0x203040, eye < 0.5 ? 1 : 0.2);
        }
        double mouth = Math.hypot((u - 0.5) / 0.04, (v - 0.375) / 0.008);
        if (mouth < 1) c = 0xa04050;
        if (Math.hypot((u - 0.5) / 0.16, (v - 0.25) / 0.09) < 1 && v < 0.27) {
            c = mix(0x3a2010, 0x806040, 0.5 + 0.5 * Math.sin(u * 400));
        }
        return c;
    }

    static int mix(int a, int b, double t) {
        t = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return r << 16 | g << 8 | bl;
    }

    private static int add(int c, int n) {
        int r = clamp(((c >> 16) & 0xff) + n), g = clamp(((c >> 8) & 0xff) + n), b = clamp((c & 0xff) + n);
        return r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
