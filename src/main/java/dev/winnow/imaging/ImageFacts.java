package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * What one decode of an image yields besides the embedding: its full size, the working copy (long side at most
 * {@link ImageAnalyzer#WORKING_SIDE}, also the thumbnail), its half (the working copy's exact 2x2 means when its
 * long side exceeds {@link ImageAnalyzer#HALF_SIDE}, else the working copy itself; shared by the pixel embedder
 * and the change map), its luma, perceptual hash and pixel statistics.
 */
public record ImageFacts(int width, int height, BufferedImage working, BufferedImage half, GrayImage gray, long phash,
                         Map<String, Double> stats) {
}
