package dev.winnow.catalog;

/** Format and dimensions read from an image's header, without decoding pixels. */
public record ImageHeader(String format, int width, int height) {
}
