package dev.winnow.imaging;

import java.awt.image.BufferedImage;

/**
 * {@link RgbImages#fitWithin} as a stream: takes the rows of a full image one by one and builds the copy whose
 * long side is at most {@code maxSide}, halving with exact 2x2 means while the image is at least twice the target
 * (cheap integer work on the big rows), then area-averaging the rest of the way. Holds a few rows, never the full
 * raster, so a decoder can feed it directly and the full image is touched exactly once.
 */
final class ScaledRows implements RowSink.Collecting {
    private final RowSink head;
    private final RowSink.Collecting last;

    ScaledRows(int width, int height, int maxSide) {
        int[] target = RgbImages.fittedSize(width, height, maxSide);
        int levels = 0, w = width, h = height;
        while (w >= 2 * target[0] && h >= 2 * target[1]) {
            w /= 2;
            h /= 2;
            levels++;
        }
        last = w == target[0] && h == target[1] ? new FullRaster(w, h) : new AreaResampler(w, h, target[0], target[1]);
        RowSink chain = last;
        for (int level = levels - 1; level >= 0; level--) chain = new Halver(width >> level, chain);
        head = chain;
    }

    @Override
    public int[] rowArray() {
        return head.rowArray();
    }

    @Override
    public int rowOffset() {
        return head.rowOffset();
    }

    @Override
    public void rowDone() {
        head.rowDone();
    }

    @Override
    public Halver halver() {
        return head.halver();
    }

    @Override
    public BufferedImage image() {
        return last.image();
    }
}
