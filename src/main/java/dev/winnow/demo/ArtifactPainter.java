package dev.winnow.demo;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Puts a planned artifact into a rendered stage image; nothing outside the artifact's region changes. */
final class ArtifactPainter {
    private ArtifactPainter() {
    }

    static void apply(BufferedImage img, Artifact a, Scene scene, SceneRenderer.Look look) {
        Rectangle rect = a.region().toPixels(img.getWidth(), img.getHeight());
        if (rect.isEmpty()) return;
        if (a.redrawsFigure()) {
            redraw(img, a, scene, look, rect);
            return;
        }
        int[] px = PixelPasses.pixels(img);
        int[] src = px.clone();
        SoftMask mask = new SoftMask(rect.width, rect.height, a.seed());
        switch (a.kind()) {
            case SMEARED_FACE -> smear(px, src, img.getWidth(), img.getHeight(), rect, mask, a);
            case LOCAL_BLUR -> blur(px, src, img.getWidth(), img.getHeight(), rect, mask, a);
            case COLOUR_BLEED -> bleed(px, src, img.getWidth(), rect, mask, a);
            case WARPED_REGION -> warp(px, src, img.getWidth(), img.getHeight(), rect, mask, a);
            default -> throw new IllegalStateException("kind " + a.kind() + " needs a figure edit");
        }
    }

    /** Paints the scene again with the edit, only inside the region, and takes those pixels. */
    private static void redraw(BufferedImage img, Artifact a, Scene scene, SceneRenderer.Look look, Rectangle rect) {
        BufferedImage variant = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        SceneRenderer.paint(scene, look, a.edit(), variant, rect);
        int[] dst = PixelPasses.pixels(img);
        int[] from = PixelPasses.pixels(variant);
        int w = img.getWidth();
        for (int y = rect.y; y < rect.y + rect.height; y++) {
            System.arraycopy(from, y * w + rect.x, dst, y * w + rect.x, rect.width);
        }
    }

    /** What a pixel inside the mask becomes (before blending by the mask), at image position (gx, gy). */
    @FunctionalInterface
    private interface Damage {
        int at(int gx, int gy, float m);
    }

    /** Blends each pixel with its damaged value by the mask; pixels where the mask is zero are not touched. */
    private static void applyMasked(int[] px, int[] src, int w, Rectangle rect, SoftMask mask, Damage damage) {
        for (int y = 0; y < rect.height; y++) {
            for (int x = 0; x < rect.width; x++) {
                float m = mask.at(x, y);
                if (m == 0) continue;
                int i = (rect.y + y) * w + rect.x + x;
                px[i] = blend(src[i], damage.at(rect.x + x, rect.y + y, m), m);
            }
        }
    }

    /** Motion smear along a direction with a wobble: features run into each other. */
    private static void smear(int[] px, int[] src, int w, int h, Rectangle rect, SoftMask mask, Artifact a) {
        double len = a.strength() * rect.width * 0.35;
        double dx = Math.cos(a.angle());
        double dy = Math.sin(a.angle());
        int steps = 10;
        Random random = new Random(a.seed());
        double f1 = 2 * Math.PI / Math.max(8, rect.height * Seeds.between(random, 0.2, 0.5));
        double f2 = 2 * Math.PI / Math.max(8, rect.width * Seeds.between(random, 0.25, 0.6));
        double p1 = random.nextDouble() * 2 * Math.PI;
        double p2 = random.nextDouble() * 2 * Math.PI;
        applyMasked(px, src, w, rect, mask, (gx, gy, m) -> {
            double wobble = (0.6 * Math.sin((gy - rect.y) * f1 + p1) + 0.4 * Math.sin((gx - rect.x) * f2 + p2)) * len * 0.3 * m;
            int r = 0;
            int g = 0;
            int b = 0;
            for (int k = 0; k < steps; k++) {
                double t = len * k / steps * m;
                int p = src[clamp((int) Math.round(gy + dy * t), h) * w + clamp((int) Math.round(gx + dx * t + wobble), w)];
                r += (p >> 16) & 255;
                g += (p >> 8) & 255;
                b += p & 255;
            }
            return PixelPasses.rgb(r / steps, g / steps, b / steps);
        });
    }

    /** Box blur over a summed-area table: the region loses its fine detail. */
    private static void blur(int[] px, int[] src, int w, int h, Rectangle rect, SoftMask mask, Artifact a) {
        int radius = Math.max(2, (int) Math.round(a.strength() * rect.width * 0.14));
        Rectangle ext = new Rectangle(rect.x - radius, rect.y - radius, rect.width + 2 * radius + 1, rect.height + 2 * radius + 1)
                .intersection(new Rectangle(0, 0, w, h));
        long[][] sat = new long[3][(ext.width + 1) * (ext.height + 1)];
        int sw = ext.width + 1;
        for (int y = 0; y < ext.height; y++) {
            for (int x = 0; x < ext.width; x++) {
                int p = src[(ext.y + y) * w + ext.x + x];
                int i = (y + 1) * sw + x + 1;
                for (int c = 0; c < 3; c++) {
                    sat[c][i] = ((p >> (16 - 8 * c)) & 255) + sat[c][i - 1] + sat[c][i - sw] - sat[c][i - sw - 1];
                }
            }
        }
        applyMasked(px, src, w, rect, mask, (gx, gy, m) -> {
            int x0 = Math.max(gx - radius, ext.x) - ext.x;
            int x1 = Math.min(gx + radius + 1, ext.x + ext.width) - ext.x;
            int y0 = Math.max(gy - radius, ext.y) - ext.y;
            int y1 = Math.min(gy + radius + 1, ext.y + ext.height) - ext.y;
            int n = (x1 - x0) * (y1 - y0);
            int[] c = new int[3];
            for (int k = 0; k < 3; k++) {
                long[] s = sat[k];
                c[k] = (int) ((s[y1 * sw + x1] - s[y0 * sw + x1] - s[y1 * sw + x0] + s[y0 * sw + x0]) / n);
            }
            return PixelPasses.rgb(c[0], c[1], c[2]);
        });
    }

    /** A neighbour's colour leaks in, blotchily, keeping the light and shade underneath. */
    private static void bleed(int[] px, int[] src, int w, Rectangle rect, SoftMask mask, Artifact a) {
        ValueNoise blotch = new ValueNoise(a.seed(), 5, 5);
        Color tint = a.tint();
        double tintLum = Math.max(20, luminance(tint.getRGB()));
        applyMasked(px, src, w, rect, mask, (gx, gy, m) -> {
            int p = src[gy * w + gx];
            double k = luminance(p) / tintLum;
            int target = PixelPasses.rgb(tint.getRed() * k, tint.getGreen() * k, tint.getBlue() * k);
            double blot = 0.6 + 0.4 * blotch.at((gx - rect.x + 0.5) / rect.width, (gy - rect.y + 0.5) / rect.height);
            return blend(p, target, a.strength() * blot);
        });
    }

    /** A swirl that pinches towards the centre: edges inside the region bend. */
    private static void warp(int[] px, int[] src, int w, int h, Rectangle rect, SoftMask mask, Artifact a) {
        double cx = rect.x + rect.width / 2.0;
        double cy = rect.y + rect.height / 2.0;
        applyMasked(px, src, w, rect, mask, (gx, gy, m) -> {
            double theta = a.strength() * m;
            double scale = 1 - 0.3 * m;
            double ox = (gx + 0.5 - cx) * scale;
            double oy = (gy + 0.5 - cy) * scale;
            double sx = cx + ox * Math.cos(theta) - oy * Math.sin(theta) - 0.5;
            double sy = cy + ox * Math.sin(theta) + oy * Math.cos(theta) - 0.5;
            return bilinear(src, w, h, sx, sy);
        });
    }

    private static int bilinear(int[] src, int w, int h, double x, double y) {
        int x0 = clamp((int) Math.floor(x), w);
        int y0 = clamp((int) Math.floor(y), h);
        int x1 = clamp(x0 + 1, w);
        int y1 = clamp(y0 + 1, h);
        double tx = Colors.clamp01(x - Math.floor(x));
        double ty = Colors.clamp01(y - Math.floor(y));
        int top = blend(src[y0 * w + x0], src[y0 * w + x1], tx);
        int bottom = blend(src[y1 * w + x0], src[y1 * w + x1], tx);
        return blend(top, bottom, ty);
    }

    static int blend(int p, int q, double t) {
        return PixelPasses.rgb(
                ((p >> 16) & 255) + (((q >> 16) & 255) - ((p >> 16) & 255)) * t,
                ((p >> 8) & 255) + (((q >> 8) & 255) - ((p >> 8) & 255)) * t,
                (p & 255) + ((q & 255) - (p & 255)) * t);
    }

    private static double luminance(int p) {
        return 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : Math.min(v, size - 1);
    }
}
