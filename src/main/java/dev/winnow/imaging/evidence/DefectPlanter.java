package dev.winnow.imaging.evidence;

import java.util.SplittableRandom;

/**
 * Plants one generic local defect ({@link DefectFamily}) into an image of three float planes: a soft ellipse at a
 * random place (centre in 12-88% of the width and height), of random size (radius 2-8% of the width, aspect
 * 0.7-1.4), feather and strength (0.5-1), blended over the image as it is after the step's own change. Only the
 * ellipse's bounding box (and the margin a filter needs) is computed.
 */
final class DefectPlanter {
    /** A planted defect: its family and where. */
    record Planted(DefectFamily family, SoftEllipse where) {
    }

    /** Draws the place, size, feather and strength of a defect in a {@code width} x {@code height} image. */
    static SoftEllipse draw(int width, int height, SplittableRandom rng) {
        double rx = between(rng, 0.02, 0.08) * width;
        double ry = rx * between(rng, 0.7, 1.4);
        double cx = between(rng, 0.12, 0.88) * width, cy = between(rng, 0.12, 0.88) * height;
        return new SoftEllipse(cx, cy, Math.max(rx, 1.5), Math.max(ry, 1.5), between(rng, 0.15, 0.6), between(rng, 0.5, 1.0));
    }

    /**
     * Writes {@code src} with the defect into {@code out} (same size; may not be {@code src}); the family's own
     * parameters are drawn from {@code rng}.
     */
    void plant(DefectFamily family, SoftEllipse e, float[][] src, float[][] out, int width, int height,
               SplittableRandom rng) {
        for (int c = 0; c < 3; c++) System.arraycopy(src[c], 0, out[c], 0, src[c].length);
        Region r = new Region(e.x0(width), e.y0(height), e.x1(width), e.y1(height), width, height);
        float[][] bad = switch (family) {
            case SMOOTH_AWAY -> smoothAway(src, r, e, rng);
            case INPAINT -> inpaint(src, r, e, rng);
            case DUPLICATE -> duplicate(src, r, e, rng);
            case WARP -> warp(src, r, e, rng);
            case COLOUR_BLOTCH -> blotch(src, r, rng);
            case COLOUR_BLEED -> bleed(src, r, rng);
            case NOISE_BURST -> noise(src, r, rng);
            case BLOCKS -> blocks(src, r, rng);
            case SMEAR -> smear(src, r, rng);
            case OVERSHARPEN -> oversharpen(src, r, rng);
        };
        for (int y = r.y0; y < r.y1; y++) {
            for (int x = r.x0; x < r.x1; x++) {
                float m = e.weight(x, y);
                if (m <= 0) continue;
                int i = y * width + x, j = r.index(x, y);
                for (int c = 0; c < 3; c++) {
                    float v = src[c][i] * (1 - m) + bad[c][j] * m;
                    out[c][i] = Math.max(0f, Math.min(1f, v));
                }
            }
        }
    }

    /** The bounding box being replaced, [x0, x1) x [y0, y1), in an image of the given size. */
    private record Region(int x0, int y0, int x1, int y1, int width, int height) {
        int w() {
            return x1 - x0;
        }

        int h() {
            return y1 - y0;
        }

        int index(int x, int y) {
            return (y - y0) * w() + (x - x0);
        }

        float[][] planes() {
            return new float[3][w() * h()];
        }
    }

    private static double between(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    // ------------------------------------------------------------------ families

    private static float[][] smoothAway(float[][] src, Region r, SoftEllipse e, SplittableRandom rng) {
        double sigma = Math.max(1.5, between(rng, 0.3, 0.6) * Math.min(e.rx(), e.ry()));
        return filtered(src, r, (int) Math.ceil(4 * sigma) + 1, (f, in, out) -> f.gaussian(in, out, sigma));
    }

    /** Normalized convolution: the blur of the pixels outside the ellipse over the blur of their indicator. */
    private static float[][] inpaint(float[][] src, Region r, SoftEllipse e, SplittableRandom rng) {
        double sigma = Math.max(2, between(rng, 0.35, 0.7) * Math.max(e.rx(), e.ry()));
        // Three box passes approximate a Gaussian of this sigma at a cost that does not grow with it.
        int size = 2 * (int) Math.round(Math.sqrt(4 * sigma * sigma + 1) / 2) + 1;
        int margin = (int) Math.ceil(3 * sigma) + 1;
        Crop crop = new Crop(r, margin);
        Filters f = new Filters(crop.w, crop.h);
        float[] outside = new float[crop.w * crop.h], weight = new float[outside.length], tmp = new float[outside.length];
        for (int y = 0; y < crop.h; y++) {
            for (int x = 0; x < crop.w; x++) outside[y * crop.w + x] = e.distance2(x + crop.x0, y + crop.y0) < 1 ? 0f : 1f;
        }
        blur3(f, outside, weight, tmp, size);
        float[][] bad = r.planes();
        float[] num = new float[outside.length];
        for (int c = 0; c < 3; c++) {
            float[] in = crop.copy(src[c]);
            for (int i = 0; i < in.length; i++) in[i] *= outside[i];
            blur3(f, in, num, tmp, size);
            for (int y = r.y0; y < r.y1; y++) {
                for (int x = r.x0; x < r.x1; x++) {
                    int i = crop.index(x, y);
                    bad[c][r.index(x, y)] = weight[i] > 1e-6f ? num[i] / weight[i] : in[i];
                }
            }
        }
        return bad;
    }

    private static void blur3(Filters f, float[] in, float[] out, float[] tmp, int size) {
        f.box(in, out, size);
        f.box(out, tmp, size);
        f.box(tmp, out, size);
    }

    private static float[][] duplicate(float[][] src, Region r, SoftEllipse e, SplittableRandom rng) {
        int dx = 0, dy = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            double angle = rng.nextDouble() * 2 * Math.PI, d = between(rng, 1.6, 3.5) * Math.max(e.rx(), e.ry());
            dx = (int) Math.round(d * Math.cos(angle));
            dy = (int) Math.round(d * Math.sin(angle));
            if (r.x0 + dx >= 0 && r.x1 + dx <= r.width && r.y0 + dy >= 0 && r.y1 + dy <= r.height) break;
        }
        float[][] bad = r.planes();
        for (int y = r.y0; y < r.y1; y++) {
            int sy = clamp(y + dy, r.height);
            for (int x = r.x0; x < r.x1; x++) {
                int s = sy * r.width + clamp(x + dx, r.width), j = r.index(x, y);
                for (int c = 0; c < 3; c++) bad[c][j] = src[c][s];
            }
        }
        return bad;
    }

    private static float[][] warp(float[][] src, Region r, SoftEllipse e, SplittableRandom rng) {
        boolean swirl = rng.nextBoolean();
        double turn = between(rng, 0.8, 2.0) * (rng.nextBoolean() ? 1 : -1);
        double sag = between(rng, 0.25, 0.6) * e.ry(), wobble = between(rng, 0.0, 0.15) * e.rx();
        double wave = between(rng, 0.5, 1.0) * e.ry(), phase = rng.nextDouble() * 2 * Math.PI;
        float[][] bad = r.planes();
        for (int y = r.y0; y < r.y1; y++) {
            for (int x = r.x0; x < r.x1; x++) {
                double t = Math.max(0, 1 - e.distance2(x, y)), sx, sy;
                if (swirl) {
                    double a = turn * t * t, ox = x - e.cx(), oy = y - e.cy();
                    sx = e.cx() + ox * Math.cos(a) - oy * Math.sin(a);
                    sy = e.cy() + ox * Math.sin(a) + oy * Math.cos(a);
                } else {
                    sy = y - sag * Math.pow(t, 1.5);
                    sx = x + wobble * t * Math.sin(2 * Math.PI * (y - e.cy()) / wave + phase);
                }
                for (int c = 0; c < 3; c++) bad[c][r.index(x, y)] = bilinear(src[c], r.width, r.height, sx, sy);
            }
        }
        return bad;
    }

    private static float[][] blotch(float[][] src, Region r, SplittableRandom rng) {
        // A random direction in colour space, so that the cast is a hue and not only brightness.
        double[] dir = new double[3];
        double norm = 0;
        for (int c = 0; c < 3; c++) norm += (dir[c] = rng.nextGaussian()) * dir[c];
        double amount = between(rng, 0.1, 0.25) / Math.max(1e-9, Math.sqrt(norm));
        float[][] bad = r.planes();
        for (int c = 0; c < 3; c++) {
            float gain = (float) between(rng, 0.75, 1.25), offset = (float) (amount * dir[c]);
            for (int y = r.y0; y < r.y1; y++) {
                for (int x = r.x0; x < r.x1; x++) bad[c][r.index(x, y)] = src[c][y * r.width + x] * gain + offset;
            }
        }
        return bad;
    }

    private static float[][] bleed(float[][] src, Region r, SplittableRandom rng) {
        int channel = rng.nextInt(3);
        double angle = rng.nextDouble() * 2 * Math.PI, d = between(rng, 2.5, 8);
        double dx = d * Math.cos(angle), dy = d * Math.sin(angle);
        float[][] bad = r.planes();
        for (int y = r.y0; y < r.y1; y++) {
            for (int x = r.x0; x < r.x1; x++) {
                int j = r.index(x, y);
                for (int c = 0; c < 3; c++) {
                    bad[c][j] = c == channel ? bilinear(src[c], r.width, r.height, x - dx, y - dy) : src[c][y * r.width + x];
                }
            }
        }
        return bad;
    }

    private static float[][] noise(float[][] src, Region r, SplittableRandom rng) {
        double sigma = between(rng, 0.035, 0.12);
        boolean perChannel = rng.nextBoolean();
        float[][] bad = r.planes();
        for (int y = r.y0; y < r.y1; y++) {
            for (int x = r.x0; x < r.x1; x++) {
                int j = r.index(x, y);
                double shared = rng.nextGaussian();
                for (int c = 0; c < 3; c++) {
                    double g = perChannel ? rng.nextGaussian() : shared;
                    bad[c][j] = (float) (src[c][y * r.width + x] + sigma * g);
                }
            }
        }
        return bad;
    }

    private static float[][] blocks(float[][] src, Region r, SplittableRandom rng) {
        int k = rng.nextInt(4, 13), px = rng.nextInt(k), py = rng.nextInt(k);
        float[][] bad = r.planes();
        for (int by = Math.floorDiv(r.y0 - py, k) * k + py; by < r.y1; by += k) {
            for (int bx = Math.floorDiv(r.x0 - px, k) * k + px; bx < r.x1; bx += k) {
                int ys = Math.max(0, by), ye = Math.min(r.height, by + k), xs = Math.max(0, bx), xe = Math.min(r.width, bx + k);
                for (int c = 0; c < 3; c++) {
                    double sum = 0;
                    for (int y = ys; y < ye; y++) for (int x = xs; x < xe; x++) sum += src[c][y * r.width + x];
                    float mean = (float) (sum / ((ye - ys) * (xe - xs)));
                    for (int y = Math.max(ys, r.y0); y < Math.min(ye, r.y1); y++) {
                        for (int x = Math.max(xs, r.x0); x < Math.min(xe, r.x1); x++) bad[c][r.index(x, y)] = mean;
                    }
                }
            }
        }
        return bad;
    }

    private static float[][] smear(float[][] src, Region r, SplittableRandom rng) {
        double angle = rng.nextDouble() * Math.PI, length = between(rng, 6, 18);
        int taps = (int) Math.round(length) + 1;
        double ux = Math.cos(angle), uy = Math.sin(angle);
        float[][] bad = r.planes();
        for (int y = r.y0; y < r.y1; y++) {
            for (int x = r.x0; x < r.x1; x++) {
                int j = r.index(x, y);
                for (int t = 0; t < taps; t++) {
                    double s = -length / 2 + length * t / (taps - 1);
                    for (int c = 0; c < 3; c++) bad[c][j] += bilinear(src[c], r.width, r.height, x + s * ux, y + s * uy);
                }
                for (int c = 0; c < 3; c++) bad[c][j] /= taps;
            }
        }
        return bad;
    }

    private static float[][] oversharpen(float[][] src, Region r, SplittableRandom rng) {
        double sigma = between(rng, 0.8, 2.0);
        float amount = (float) between(rng, 1.5, 3.5);
        return filtered(src, r, (int) Math.ceil(4 * sigma) + 1, (f, in, out) -> {
            f.gaussian(in, out, sigma);
            for (int i = 0; i < in.length; i++) out[i] = in[i] + amount * (in[i] - out[i]);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** A filter from one plane to another of the same size. */
    private interface PlaneFilter {
        void apply(Filters f, float[] in, float[] out);
    }

    /** Applies {@code filter} to each channel of the region grown by {@code margin}, and returns the region. */
    private static float[][] filtered(float[][] src, Region r, int margin, PlaneFilter filter) {
        Crop crop = new Crop(r, margin);
        Filters f = new Filters(crop.w, crop.h);
        float[] out = new float[crop.w * crop.h];
        float[][] bad = r.planes();
        for (int c = 0; c < 3; c++) {
            filter.apply(f, crop.copy(src[c]), out);
            for (int y = r.y0; y < r.y1; y++) {
                for (int x = r.x0; x < r.x1; x++) bad[c][r.index(x, y)] = out[crop.index(x, y)];
            }
        }
        return bad;
    }

    /** The region grown by a margin and clipped to the image: where a filter reads. */
    private static final class Crop {
        final int x0;
        final int y0;
        final int w;
        final int h;
        final int width;

        Crop(Region r, int margin) {
            x0 = Math.max(0, r.x0 - margin);
            y0 = Math.max(0, r.y0 - margin);
            w = Math.min(r.width, r.x1 + margin) - x0;
            h = Math.min(r.height, r.y1 + margin) - y0;
            width = r.width;
        }

        int index(int x, int y) {
            return (y - y0) * w + (x - x0);
        }

        float[] copy(float[] plane) {
            float[] out = new float[w * h];
            for (int y = 0; y < h; y++) System.arraycopy(plane, (y + y0) * width + x0, out, y * w, w);
            return out;
        }
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    private static float bilinear(float[] plane, int width, int height, double x, double y) {
        x = Math.max(0, Math.min(width - 1, x));
        y = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) x, y0 = (int) y, x1 = Math.min(width - 1, x0 + 1), y1 = Math.min(height - 1, y0 + 1);
        float fx = (float) (x - x0), fy = (float) (y - y0);
        float top = plane[y0 * width + x0] * (1 - fx) + plane[y0 * width + x1] * fx;
        float bottom = plane[y1 * width + x0] * (1 - fx) + plane[y1 * width + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
