package dev.winnow.imaging;

import java.awt.image.BufferedImage;

/**
 * One set member resized to the set's common comparison size: luma and two opponent colour channels
 * (red-green, yellow-blue), each in [0, 1] units.
 */
public record StageView(double stage, int width, int height, float[] luma, float[] rg, float[] yb) {

    /** The view of a member at {@code width} x {@code height}; {@code half} (may be null) saves halving again. */
    public static StageView of(double stage, BufferedImage working, BufferedImage half, int width, int height) {
        BufferedImage small = working.getWidth() == width && working.getHeight() == height ? working
                : half != null && half.getWidth() == width && half.getHeight() == height ? half
                : working.getWidth() / 2 == width && working.getHeight() / 2 == height ? RgbImages.halve(working)
                : RgbImages.resize(working, width, height);
        int[] px = RgbImages.pixels(small);
        float[] luma = new float[px.length], rg = new float[px.length], yb = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            float r = ((p >> 16) & 0xff) / 255f, g = ((p >> 8) & 0xff) / 255f, b = (p & 0xff) / 255f;
            luma[i] = GrayImage.luma(p);
            rg[i] = r - g;
            yb[i] = 0.5f * (r + g) - b;
        }
        return new StageView(stage, width, height, luma, rg, yb);
    }

    public GrayImage gray() {
        return new GrayImage(width, height, luma);
    }
}
