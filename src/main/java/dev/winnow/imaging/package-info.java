/**
 * Decoding and measuring pixels: PNG/JPEG/WebP decode (EXIF orientation upright), thumbnails, statistics,
 * perceptual hash, subject profile, change maps between stages and their heatmaps; the step evidence of the break
 * detector in {@code imaging.evidence}. Uses common.
 */
package dev.winnow.imaging;
