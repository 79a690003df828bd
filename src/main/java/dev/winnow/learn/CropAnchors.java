package dev.winnow.learn;

import dev.winnow.imaging.SubjectProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic cues of where the subject of a kept image is, for a crop that should follow it: the head, where the
 * face swap changed the picture (the stage-1 member's strongest change towards the next stage, 1.5), when the set
 * has a face swap; the subject profile's centre and spread on x and y (detail and colour distinctness; its
 * quantiles and grid are left to the trees, as measured they only added noise to a linear model); the image's
 * aspect and size. None of them is specific to one way of painting or cropping.
 * The anchor point is the head when known, else the centre of detail on x and its upper quartile on y.
 */
final class CropAnchors {
    static final double FACE_SWAP_STAGE = 1.5;
    private static final String HEAD_X = "up_max_x";
    private static final String HEAD_Y = "up_max_y";
    private static final String DETAIL_X = SubjectProfile.PREFIX + "detail_x_q50";
    private static final String DETAIL_Y = SubjectProfile.PREFIX + "detail_y_q25";

    private final int headX;
    private final int headY;
    private final int[] profile;
    private final int detailX;
    private final int detailY;
    private final List<String> names;

    CropAnchors(FeatureSchema schema) {
        headX = schema.changeNames().indexOf(HEAD_X);
        headY = schema.changeNames().indexOf(HEAD_Y);
        List<String> all = SubjectProfile.names();
        List<String> n = new ArrayList<>(List.of("has_head", "head_x", "head_y", "anchor_off_centre", "aspect",
                "log_pixels"));
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i);
            if (name.endsWith("_mean") || name.endsWith("_spread")) {
                idx.add(i);
                n.add(name);
            }
        }
        profile = idx.stream().mapToInt(Integer::intValue).toArray();
        detailX = all.indexOf(DETAIL_X);
        detailY = all.indexOf(DETAIL_Y);
        names = List.copyOf(n);
    }

    List<String> names() {
        return names;
    }

    /** The cues for member {@code i} of the set; NaN where a cue is unknown. */
    double[] row(SetExample s, int i) {
        Member m = s.member(i);
        double[] head = head(s);
        double[] anchor = anchor(s, i);
        double[] out = new double[names.size()];
        int k = 0;
        out[k++] = head == null ? 0 : 1;
        out[k++] = head == null ? Double.NaN : head[0];
        out[k++] = head == null ? Double.NaN : head[1];
        out[k++] = Math.abs(anchor[0] - 0.5);
        out[k++] = m.aspect();
        out[k++] = m.logPixels();
        for (int p : profile) out[k++] = m.subject()[p];
        return out;
    }

    /** The point the crop is predicted relative to: the head when known, else the subject's detail. */
    double[] anchor(SetExample s, int i) {
        double[] head = head(s);
        if (head != null) return head;
        double[] subject = s.member(i).subject();
        double x = subject[detailX], y = subject[detailY];
        return new double[] {Double.isNaN(x) ? 0.5 : x, Double.isNaN(y) ? 0.5 : y};
    }

    /**
     * Where the face swap changed the picture most, in image fractions (the same in every stage of the set, which
     * all show one picture), or null when the set has no stage-1 member followed by a face swap.
     */
    private double[] head(SetExample s) {
        if (headX < 0 || headY < 0) return null;
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.member(k + 1).stage() != FACE_SWAP_STAGE) continue;
            double x = s.member(k).change()[headX], y = s.member(k).change()[headY];
            if (!Double.isNaN(x) && !Double.isNaN(y)) return new double[] {x, y};
        }
        return null;
    }
}
