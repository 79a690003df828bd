package dev.winnow.review;

import dev.winnow.common.CropBox;

import java.nio.file.Path;

/**
 * One step of a finalize: make a folder, move a file, write a cropped copy of an image, or copy a companion.
 * {@code expectedSize} is the source's size when planned (moves and copies), checked again before it runs.
 */
record FileOp(String op, Path source, Path target, CropBox crop, Long expectedSize) {
}
