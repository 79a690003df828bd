package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.ImageFacts;

import java.awt.image.BufferedImage;

/**
 * What an embedder may look at: the file, its content hash and, for embedders that need pixels, the facts derived
 * from the decode (working copy, luma) and the full image when {@link Embedder#needsFullImage} asked for it (or
 * the format was decoded whole anyway). {@code full} and {@code facts} are null otherwise.
 */
public record EmbedInput(ImageFile file, String contentHash, BufferedImage full, ImageFacts facts) {
}
