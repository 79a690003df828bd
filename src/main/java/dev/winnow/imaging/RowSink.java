package dev.winnow.imaging;

/**
 * Takes the rows of an image from top to bottom: the producer writes each row as 0xRRGGBB ints into
 * {@link #rowArray()} from {@link #rowOffset()} on, then calls {@link #rowDone()}. Letting the sink own the array
 * is what allows a decoder to write straight into a full raster, or into the two-row buffer of a streaming
 * downscale, without copying.
 */
interface RowSink {
    int[] rowArray();

    int rowOffset();

    void rowDone();

    /**
     * This sink as a {@link Halver} when its first stage halves, so that a decoder of 8-bit RGB can halve straight
     * from its byte rows instead of packing every full-size row first; null otherwise.
     */
    default Halver halver() {
        return null;
    }

    /** A sink that ends in an image once every row has been given. */
    interface Collecting extends RowSink {
        java.awt.image.BufferedImage image();
    }
}
