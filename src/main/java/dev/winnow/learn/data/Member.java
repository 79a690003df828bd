package dev.winnow.learn.data;

import dev.winnow.imaging.SubjectProfile;

import java.util.Arrays;

/**
 * One image of a stage set as the models see it. {@code name} is for messages and reports only and is never
 * turned into a feature. {@code change} follows the schema's change-feature names, {@code subject} the names of
 * {@link SubjectProfile#names()}; NaN marks a missing value.
 */
public record Member(long fileId, String name, double stage, int width, int height, float[] embedding,
                     double[] change, double[] subject) {

    /** A member whose subject profile is not known. */
    public Member(long fileId, String name, double stage, int width, int height, float[] embedding, double[] change) {
        this(fileId, name, stage, width, height, embedding, change, unknownSubject());
    }

    static double[] unknownSubject() {
        double[] v = new double[SubjectProfile.names().size()];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    public double aspect() {
        return height <= 0 ? Double.NaN : (double) width / height;
    }

    public double logPixels() {
        return width <= 0 || height <= 0 ? Double.NaN : Math.log((double) width * height);
    }
}
