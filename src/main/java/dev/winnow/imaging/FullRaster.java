package dev.winnow.imaging;

import java.awt.image.BufferedImage;

/** Collects every row into one packed raster: what a plain decode produces. */
final class FullRaster implements RowSink.Collecting {
    private final int width;
    private final int height;
    private final int[] rgb;
    private int y;

    FullRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.rgb = new int[width * height];
    }

    @Override
    public int[] rowArray() {
        return rgb;
    }

    @Override
    public int rowOffset() {
        return y * width;
    }

    @Override
    public void rowDone() {
        y++;
    }

    @Override
    public BufferedImage image() {
        return RgbImages.wrap(width, height, rgb);
    }
}
