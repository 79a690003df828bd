package dev.winnow.demo;

import dev.winnow.demo.Scene.Grade;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * Per-pixel passes on TYPE_INT_RGB images. Each output pixel depends only on its position, the image size and
 * the seed, never on the clip, so painting a region again reproduces exactly the same pixels.
 */
final class PixelPasses {
    private static final int TILE_A = 128;
    private static final int TILE_B = 97;

    private PixelPasses() {
    }

    static int[] pixels(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("expected TYPE_INT_RGB");
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    static Rectangle within(BufferedImage img, Rectangle clip) {
        return clip.intersection(new Rectangle(0, 0, img.getWidth(), img.getHeight()));
    }

    /**
     * Blotchy, low-frequency light and colour variation (walls are never flat). The field is so smooth that it is
     * sampled on even pixel positions only and shared by each 2x2 block: a quarter of the work, same look.
     */
    static void lowFrequencyTexture(BufferedImage img, Rectangle clip, long seed, double strength) {
        int w = img.getWidth();
        int h = img.getHeight();
        ValueNoise.RowSampler coarse = new ValueNoise(seed, 6, 8).sampler(w);
        ValueNoise.RowSampler finer = new ValueNoise(seed + 1, 15, 21).sampler(w);
        ValueNoise.RowSampler tint = new ValueNoise(seed + 2, 5, 5).sampler(w);
        int[] px = pixels(img);
        Rectangle r = within(img, clip);
        int[] fr = new int[w + 1];
        int[] fg = new int[w + 1];
        int[] fb = new int[w + 1];
        int sampledRow = -1;
        for (int y = r.y; y < r.y + r.height; y++) {
            if ((y & ~1) != sampledRow) {
                sampledRow = y & ~1;
                double v = (sampledRow + 0.5) / h;
                coarse.moveTo(v);
                finer.moveTo(v);
                tint.moveTo(v);
                for (int x = r.x & ~1; x < r.x + r.width; x += 2) {
                    double n = coarse.at(x) + 0.5 * finer.at(x);
                    double t = 0.3 * tint.at(x);
                    fr[x] = (int) (256 * (1 + strength * (n + t)));
                    fg[x] = (int) (256 * (1 + strength * n));
                    fb[x] = (int) (256 * (1 + strength * (n - t)));
                }
            }
            for (int x = r.x; x < r.x + r.width; x++) {
                int s = x & ~1;
                int p = px[y * w + x];
                px[y * w + x] = rgb((((p >> 16) & 255) * fr[s]) >> 8, (((p >> 8) & 255) * fg[s]) >> 8, ((p & 255) * fb[s]) >> 8);
            }
        }
    }

    /**
     * Fine, pixel-scale detail an upscaler or enhancer invents (pores, weave, grain): level 1 adds one tile of
     * correlated noise, level 2 a second, finer one on top. The subject ({@code focus}) gets it in full, the
     * background fades to a quarter, like a portrait lens's shallow depth of field; it also keeps the PNGs
     * cheaper to compress than uniform noise would.
     */
    static void grain(BufferedImage img, Rectangle clip, long seed, int level, NormBox focus) {
        if (level < 1) return;
        int[] a = tile(seed, TILE_A, 5);
        int[] b = level >= 2 ? tile(seed + 7, TILE_B, 4) : null;
        int w = img.getWidth();
        int h = img.getHeight();
        int[] fx = falloff(w, focus.x1(), focus.x2());
        int[] fy = falloff(h, focus.y1(), focus.y2());
        int[] px = pixels(img);
        Rectangle r = within(img, clip);
        for (int y = r.y; y < r.y + r.height; y++) {
            int rowA = (y % TILE_A) * TILE_A;
            int rowB = (y % TILE_B) * TILE_B;
            int xa = r.x % TILE_A;
            int xb = r.x % TILE_B;
            for (int x = r.x; x < r.x + r.width; x++) {
                int d = a[rowA + xa];
                if (b != null) d += b[rowB + xb];
                if (++xa == TILE_A) xa = 0;
                if (++xb == TILE_B) xb = 0;
                d = (d * (64 + ((3 * fx[x] * fy[y]) >> 10))) >> 8;
                int p = px[y * w + x];
                px[y * w + x] = rgb(((p >> 16) & 255) + d, ((p >> 8) & 255) + d, (p & 255) + d);
            }
        }
    }

    /** 0..256 weight along one axis: 256 inside [lo, hi] (fractions of size), falling to 0 over 15% outside. */
    private static int[] falloff(int size, double lo, double hi) {
        int[] out = new int[size];
        double ramp = 0.15;
        for (int i = 0; i < size; i++) {
            double t = (i + 0.5) / size;
            double dist = t < lo ? lo - t : t > hi ? t - hi : 0;
            out[i] = (int) Math.round(256 * Colors.clamp01(1 - dist / ramp));
        }
        return out;
    }

    /** Contrast curve, lifted blacks, warmth and saturation of the stage-3 enhancer. */
    static void grade(BufferedImage img, Rectangle clip, Grade grade) {
        int[] curve = new int[256];
        for (int i = 0; i < 256; i++) {
            double x = i / 255.0;
            double s = x + (grade.contrast() - 1) * x * (1 - x) * (2 * x - 1) * 2.2;
            curve[i] = Colors.clamp255(grade.lift() + (255 - grade.lift()) * Colors.clamp01(s));
        }
        int sat = (int) Math.round(grade.saturation() * 256);
        int warm = (int) Math.round(grade.warmth());
        int w = img.getWidth();
        int[] px = pixels(img);
        Rectangle r = within(img, clip);
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int p = px[y * w + x];
                int cr = curve[(p >> 16) & 255];
                int cg = curve[(p >> 8) & 255];
                int cb = curve[p & 255];
                int lum = (77 * cr + 150 * cg + 29 * cb) >> 8;
                px[y * w + x] = rgb(lum + (((cr - lum) * sat) >> 8) + warm, lum + (((cg - lum) * sat) >> 8),
                        lum + (((cb - lum) * sat) >> 8) - warm);
            }
        }
    }

    static int rgb(double r, double g, double b) {
        return (Colors.clamp255(r) << 16) | (Colors.clamp255(g) << 8) | Colors.clamp255(b);
    }

    static int rgb(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** Noise averaged with a neighbour so the grain has a little structure instead of pure single-pixel salt. */
    private static int[] tile(long seed, int size, int amplitude) {
        Random random = new Random(seed);
        double[] raw = new double[size * size];
        for (int i = 0; i < raw.length; i++) raw[i] = random.nextDouble() * 2 - 1;
        int[] out = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = 0.6 * raw[y * size + x] + 0.25 * raw[y * size + (x + 1) % size]
                        + 0.25 * raw[((y + 1) % size) * size + x];
                out[y * size + x] = (int) Math.round(v * amplitude);
            }
        }
        return out;
    }
}
