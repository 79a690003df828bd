package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives everything but the embedding from the working copy of one image (long side {@value #WORKING_SIDE}),
 * which {@link ImageDecoder#decodeScaled} makes while decoding, so the full raster is touched once if at all;
 * everything here runs on the working copy so that the cost stays far below the decode itself. The statistics
 * include where the subject probably is ({@link SubjectProfile}), which the crop proposer reads.
 */
public final class ImageAnalyzer {
    /** Long side of the working copy and of the thumbnail the reviewer shows. */
    public static final int WORKING_SIDE = 768;
    /** Long side above which the working copy is halved for the pixel embedder and the change map. */
    public static final int HALF_SIDE = WORKING_SIDE / 2;

    private final PerceptualHash phash = new PerceptualHash();

    public ImageFacts analyze(BufferedImage full) {
        return analyze(full.getWidth(), full.getHeight(), RgbImages.fitWithin(full, WORKING_SIDE));
    }

    /** Facts of a {@code width} x {@code height} image from its working copy. */
    public ImageFacts analyze(int width, int height, BufferedImage working) {
        PixelStats.Measured m = PixelStats.measure(working);
        BufferedImage half = Math.max(working.getWidth(), working.getHeight()) > HALF_SIDE ? RgbImages.halve(working) : working;
        Map<String, Double> stats = new LinkedHashMap<>(m.stats());
        stats.putAll(SubjectProfile.measure(working, m.gray()));
        stats.put(ExifOrientation.UPRIGHT_KEY, 1.0);
        return new ImageFacts(width, height, working, half, m.gray(), phash.of(m.gray()), stats);
    }
}
