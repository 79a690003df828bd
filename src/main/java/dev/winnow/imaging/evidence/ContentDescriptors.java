package dev.winnow.imaging.evidence;

/**
 * What the lower image of a step shows in each tile ({@link EvidenceNames#DESCRIPTORS}): the content from which
 * the learner predicts how much residual a step legitimately leaves there (an upscaler invents detail in texture,
 * not in flat sky).
 */
final class ContentDescriptors {
    static final int COUNT = 11;

    private final Filters f;
    private final TileMeans tiles;
    private final float[] plane;
    private final float[] blurred;

    ContentDescriptors(Filters f, TileMeans tiles) {
        this.f = f;
        this.tiles = tiles;
        this.plane = new float[f.width() * f.height()];
        this.blurred = new float[plane.length];
    }

    /** The descriptors of {@code rgb} (with its luma), plane-major in the order of the names. */
    float[] describe(float[][] rgb, float[] luma) {
        int t = tiles.tiles();
        float[] out = new float[COUNT * t];
        for (int c = 0; c < 3; c++) tiles.pool(rgb[c], out, c * t);
        tiles.pool(luma, out, 3 * t);
        for (int i = 0; i < plane.length; i++) plane[i] = luma[i] * luma[i];
        tiles.pool(plane, out, 4 * t);
        for (int i = 0; i < t; i++) {
            float mean = out[3 * t + i];
            out[4 * t + i] = (float) Math.sqrt(Math.max(0f, out[4 * t + i] - mean * mean));
        }
        int at = 5 * t;
        for (int sigma : new int[] {1, 2, 4}) {
            f.gaussian(luma, blurred, sigma);
            f.gradientEnergy(blurred, plane);
            tiles.pool(plane, out, at);
            for (int i = 0; i < t; i++) out[at + i] = (float) Math.sqrt(out[at + i]) * sigma;
            at += t;
        }
        float[] r = rgb[0], g = rgb[1], b = rgb[2];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = Math.max(r[i], Math.max(g[i], b[i])) - Math.min(r[i], Math.min(g[i], b[i]));
        }
        tiles.pool(plane, out, 8 * t);
        for (int row = 0; row < tiles.rows(); row++) {
            for (int col = 0; col < tiles.cols(); col++) {
                out[9 * t + row * tiles.cols() + col] = tiles.centreX(col);
                out[10 * t + row * tiles.cols() + col] = tiles.centreY(row);
            }
        }
        return out;
    }
}
