/**
 * Decoding and measuring pixels: PNG/JPEG/WebP decode (EXIF orientation upright), thumbnails, statistics,
 * perceptual hash, subject profile, change maps between stages and their heatmaps. Uses common.
 */
package dev.winnow.imaging;
