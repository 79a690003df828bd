package dev.winnow.learn.predict;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.StructuralDiff;
import dev.winnow.learn.anomaly.Blame;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;

import java.util.List;

/**
 * Where a set's break is blamed until the anomaly detector can say so itself ("the strongest residual region
 * until then"): on the first stage above the kept one (the highest stage when it is kept), the peak of its change
 * map against the stage below it, grown to the connected region around the peak that stays above half of it.
 * On the demo the peak falls inside the broken region in 31 of 48 flagged sets (issue 12). Replace this class
 * with the detector's output once it produces per-member residual maps; {@link ChangeEvidence} stays.
 */
public final class StrongestChangeRegion {
    /** The face swap (stage 1.5) changes the face only: where its change sits, within this many spreads, is "the face". */
    private static final double FACE_SPREADS = 1.5;
    private static final double FACE_MIN_HALF = 0.06;

    private final List<String> changeNames;

    public StrongestChangeRegion(List<String> changeNames) {
        this.changeNames = changeNames;
    }

    /** The evidence for keeping member {@code pick}; null when the blamed member has no change map. */
    public ChangeEvidence of(SetExample set, int pick) {
        int blamed = Math.min(set.highest(), Math.max(1, pick + 1));
        Member m = set.member(blamed);
        double x = value(m, "down_max_x"), y = value(m, "down_max_y"), blob = value(m, "down_blob");
        if (Double.isNaN(x) || Double.isNaN(y)) return null;
        int[] grid = tiles(m.width(), m.height());
        double tiles = Double.isNaN(blob) ? 1 : Math.max(1, blob * grid[0] * grid[1]);
        // The region is reported as a box about as many tiles big as the region, at least 2x2 tiles so that it can
        // be seen around the peak tile.
        double side = Math.max(2, Math.ceil(Math.sqrt(tiles)));
        CropBox region = around(x, y, Math.min(1, side / grid[0]), Math.min(1, side / grid[1]));
        return new ChangeEvidence(blamed, set.member(blamed - 1).stage(), m.stage(), region, Math.min(1, tiles / (grid[0] * grid[1])),
                place(set, region));
    }

    /** The detector's blamed step and region, worded the same way. */
    public ChangeEvidence of(SetExample set, Blame blame) {
        return new ChangeEvidence(blame.member(), blame.fromStage(), blame.toStage(), blame.region(), blame.area(),
                place(set, blame.region()));
    }

    /** "near the face" when the region sits where the face swap changed the picture, else a part of the frame. */
    private String place(SetExample set, CropBox region) {
        for (int i = 1; i < set.size(); i++) {
            Member m = set.member(i);
            if (m.stage() != 1.5) continue;
            double fx = value(m, "down_mass_x"), fy = value(m, "down_mass_y");
            double sx = value(m, "down_mass_sx"), sy = value(m, "down_mass_sy");
            if (Double.isNaN(fx) || Double.isNaN(fy) || Double.isNaN(sx) || Double.isNaN(sy)) break;
            double hx = Math.max(FACE_MIN_HALF, FACE_SPREADS * sx), hy = Math.max(FACE_MIN_HALF, FACE_SPREADS * sy);
            if (Math.abs(region.centerX() - fx) <= hx && Math.abs(region.centerY() - fy) <= hy) return "near the face";
        }
        return part(region.centerX(), region.centerY());
    }

    static String part(double x, double y) {
        String v = y < 1 / 3.0 ? "top" : y > 2 / 3.0 ? "bottom" : "middle";
        String h = x < 1 / 3.0 ? "left" : x > 2 / 3.0 ? "right" : "";
        if (v.equals("middle")) return h.isEmpty() ? "in the centre" : "on the " + h;
        return "at the " + v + (h.isEmpty() ? "" : " " + h);
    }

    /** The change map's tiles across and down for a member of this size (as {@link StructuralDiff} lays them). */
    static int[] tiles(int width, int height) {
        int n = StructuralDiff.TILES_LONG_SIDE;
        if (width <= 0 || height <= 0) return new int[] {n, n};
        int cols = width >= height ? n : Math.max(1, Math.round((float) n * width / height));
        int rows = height >= width ? n : Math.max(1, Math.round((float) n * height / width));
        return new int[] {cols, rows};
    }

    private static CropBox around(double cx, double cy, double w, double h) {
        double x1 = Math.max(0, Math.min(1 - w, cx - w / 2)), y1 = Math.max(0, Math.min(1 - h, cy - h / 2));
        return new CropBox(x1, y1, x1 + w, y1 + h);
    }

    private double value(Member m, String name) {
        int i = changeNames.indexOf(name);
        return i < 0 || m.change() == null || i >= m.change().length ? Double.NaN : m.change()[i];
    }
}
