package dev.winnow.learn;

/**
 * One image of a stage set as the models see it. {@code name} is for messages and reports only and is never
 * turned into a feature. {@code change} follows the schema's change-feature names; NaN marks a missing value.
 */
public record Member(long fileId, String name, double stage, int width, int height, float[] embedding,
                     double[] change) {

    double aspect() {
        return height <= 0 ? Double.NaN : (double) width / height;
    }

    double logPixels() {
        return width <= 0 || height <= 0 ? Double.NaN : Math.log((double) width * height);
    }
}
