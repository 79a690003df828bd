package dev.winnow.demo;

/**
 * How the curator's finals differ from the kept originals: some re-encoded as JPEG, some resized down, a few
 * renamed; {@code zipped} also delivers the finals as a zip.
 */
public record FinalsStyle(double jpegRate, double resizeRate, double renameRate, boolean zipped) {
    public FinalsStyle {
        DemoProjectSpec.requireRate("jpegRate", jpegRate);
        DemoProjectSpec.requireRate("resizeRate", resizeRate);
        DemoProjectSpec.requireRate("renameRate", renameRate);
    }
}
