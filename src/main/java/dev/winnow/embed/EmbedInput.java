package dev.winnow.embed;

import dev.winnow.imaging.ImageFacts;
import dev.winnow.store.FileRow;

import java.awt.image.BufferedImage;

/**
 * What an embedder may look at: the file, its content hash and, for embedders that need pixels, the full decoded
 * image and the facts derived from it (working copy, luma). {@code full} and {@code facts} are null otherwise.
 */
public record EmbedInput(FileRow file, String contentHash, BufferedImage full, ImageFacts facts) {
}
