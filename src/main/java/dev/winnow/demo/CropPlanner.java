package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;
import static dev.winnow.demo.Seeds.chance;

import dev.winnow.demo.SetPlan.CropBox;
import java.util.List;
import java.util.Random;

/**
 * How the demo's one curator crops a kept image. The decision follows what the picture shows ({@link Shot}), the
 * same way in every project: a shot whose figure already stands well framed is mostly kept whole; otherwise a
 * close-up is cropped tight on face and upper body, a medium shot anchored at the top edge with the head on the
 * centre or a thirds line, a wide shot loosely around the figure. Like any person the curator is not fully
 * consistent: now and then a well-framed shot is cropped anyway or another shot kept whole, some crops use another
 * habit than the shot calls for, about 8% of crops are (near) the full frame, and every box jitters per set.
 * Every box keeps the image's aspect ratio.
 */
final class CropPlanner {
    static final double NEAR_FULL_RATE = 0.08;
    /** How often a well-framed shot is kept whole, and how often any other shot is. */
    static final double KEEP_FRAMED = 0.75;
    static final double KEEP_OTHER = 0.06;
    /** How often the curator uses another habit than the shot calls for. */
    static final double OTHER_HABIT = 0.12;

    private CropPlanner() {
    }

    /** The curator's crop of a kept {@code w} x {@code h} image, or null when they keep it whole. */
    static CropBox plan(FigureGeometry geo, int w, int h, Random r) {
        Shot shot = Shot.of(geo.figure());
        if (chance(r, shot.framed() ? KEEP_FRAMED : KEEP_OTHER)) return null;
        CropHabit habit = chance(r, OTHER_HABIT) ? Seeds.pick(r, List.of(CropHabit.values())) : habitFor(shot);
        return box(habit, geo, w, h, r);
    }

    static CropHabit habitFor(Shot shot) {
        return switch (shot.size()) {
            case CLOSE -> CropHabit.TIGHT_UPPER_BODY;
            case MEDIUM -> CropHabit.TOP_ANCHORED_THIRDS;
            case WIDE -> CropHabit.LOOSE_SUBJECT;
        };
    }

    /** Where {@code habit} puts the box on this figure, with per-set jitter. */
    static CropBox box(CropHabit habit, FigureGeometry geo, int w, int h, Random r) {
        double k;
        double x1;
        double y1;
        if (chance(r, NEAR_FULL_RATE)) {
            k = between(r, 0.92, 0.99);
            x1 = r.nextDouble() * (1 - k);
            y1 = r.nextDouble() * (1 - k);
        } else {
            double headX = geo.x(0);
            switch (habit) {
                case TIGHT_UPPER_BODY -> {
                    double top = geo.headTop() - between(r, 0.01, 0.05);
                    k = clamp(geo.y(between(r, 3.6, 5.4)) - top, 0.3, 0.75);
                    x1 = headX + between(r, -0.04, 0.04) - k / 2;
                    y1 = top;
                }
                case LOOSE_SUBJECT -> {
                    NormBox body = geo.body().clampToImage();
                    double top = Math.max(0, geo.headTop() - between(r, 0.0, 0.05));
                    double bottom = Math.min(1, geo.y(between(r, 9, 13)));
                    k = clamp((bottom - top) * between(r, 1.02, 1.15), 0.55, 0.97);
                    x1 = (body.x1() + body.x2()) / 2 + between(r, -0.03, 0.03) - k / 2;
                    y1 = (top + bottom) / 2 - k / 2;
                }
                case TOP_ANCHORED_THIRDS -> {
                    k = clamp(0.755 + (geo.unitY() - 0.068) * 2.5 + between(r, -0.06, 0.06), 0.55, 0.92);
                    double t = chance(r, 0.6) ? 0.5 : headX < 0.5 ? 1 / 3.0 : 2 / 3.0;
                    x1 = headX - t * k + between(r, -0.02, 0.02);
                    y1 = chance(r, 0.85) ? 0 : between(r, 0, 0.04);
                }
                default -> throw new IllegalStateException("unknown habit " + habit);
            }
        }
        return toPixels(k, x1, y1, w, h);
    }

    /** The integer box nearest to scale k at (x1, y1) whose aspect matches the image's best. */
    static CropBox toPixels(double k, double x1, double y1, int w, int h) {
        double aspect = (double) w / h;
        int ch0 = (int) Math.round(k * h);
        int bestH = -1;
        int bestW = -1;
        double bestErr = Double.MAX_VALUE;
        for (int ch = ch0 - 3; ch <= ch0 + 3; ch++) {
            int cw = (int) Math.round(ch * aspect);
            if (ch < 8 || cw < 8 || ch > h || cw > w) continue;
            double err = Math.abs((double) cw / ch / aspect - 1) + Math.abs(ch - ch0) * 1e-6;
            if (err < bestErr) {
                bestErr = err;
                bestH = ch;
                bestW = cw;
            }
        }
        if (bestH < 0) return new CropBox(0, 0, w, h);
        int px = (int) clamp(Math.round(x1 * w), 0, w - bestW);
        int py = (int) clamp(Math.round(y1 * h), 0, h - bestH);
        return new CropBox(px, py, px + bestW, py + bestH);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
