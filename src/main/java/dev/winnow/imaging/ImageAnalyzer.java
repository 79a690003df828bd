package dev.winnow.imaging;

import java.awt.image.BufferedImage;

/**
 * Derives everything but the embedding from one decoded image. The full raster is touched once, by the
 * downscale to the working size; everything else runs on the working copy so that the cost stays far below the
 * decode itself (the full image can be dropped as soon as the embedder has seen it).
 */
public final class ImageAnalyzer {
    /** Long side of the working copy and of the thumbnail the reviewer shows. */
    public static final int WORKING_SIDE = 768;

    private final PerceptualHash phash = new PerceptualHash();

    public ImageFacts analyze(BufferedImage full) {
        BufferedImage working = RgbImages.fitWithin(full, WORKING_SIDE);
        GrayImage gray = GrayImage.of(working);
        return new ImageFacts(full.getWidth(), full.getHeight(), working, gray, phash.of(gray),
                PixelStats.of(working, gray));
    }
}
