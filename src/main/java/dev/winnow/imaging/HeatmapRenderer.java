package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a set's change map for the reviewer: one panel per member in stage order (laid out as {@link HeatmapStrip}
 * says), the member in dimmed grey with red where it differs structurally. Lower members show their difference from the highest stage; the highest
 * shows its difference from the stage below it, which is where a break introduced by the last pass appears.
 * Red saturates at a tile dissimilarity of {@value #FULL_RED}.
 */
final class HeatmapRenderer {
    static final float FULL_RED = 0.35f;

    BufferedImage render(List<StageView> views, List<TileGrid> panels) {
        int w = views.get(0).width(), h = views.get(0).height();
        int total = HeatmapStrip.width(w, views.size());
        int[] out = new int[total * h];
        java.util.Arrays.fill(out, 0x202020);
        int[] tileCol = new int[w];
        for (int i = 0; i < views.size(); i++) {
            float[] luma = views.get(i).luma();
            TileGrid t = panels.get(i);
            for (int x = 0; x < w; x++) tileCol[x] = Math.min(t.cols() - 1, x * t.cols() / w);
            float[] red = new float[t.size()];
            for (int k = 0; k < red.length; k++) red[k] = Math.min(1f, t.values()[k] / FULL_RED) * 0.75f;
            int x0 = i * (w + HeatmapStrip.GAP);
            for (int y = 0; y < h; y++) {
                int tileRow = Math.min(t.rows() - 1, y * t.rows() / h) * t.cols();
                for (int x = 0; x < w; x++) {
                    float a = red[tileRow + tileCol[x]];
                    float g = 0.15f + 0.6f * luma[y * w + x];
                    int r = (int) (255 * (g * (1 - a) + a) + 0.5f);
                    int gb = (int) (255 * g * (1 - a) + 0.5f);
                    out[y * total + x0 + x] = r << 16 | gb << 8 | gb;
                }
            }
        }
        return RgbImages.wrap(total, h, out);
    }
}
