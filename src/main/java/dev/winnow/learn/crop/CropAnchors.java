package dev.winnow.learn.crop;

import dev.winnow.imaging.SubjectProfile;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic cues of where the subject of a kept image is, for a crop that should follow it: the head, where the
 * face swap changed the picture (the centre and spread of the stage-1 member's change towards the next stage, 1.5:
 * where the face is and how big), when the set has a face swap; the subject profile's centre and spread on x and y (detail and colour distinctness; its
 * quantiles and grid are left to the trees, as measured they only added noise to a linear model); the image's
 * aspect and size. None of them is specific to one way of painting or cropping.
 * The anchor point is the head when known, else the centre of detail on x and its upper quartile on y.
 */
final class CropAnchors {
    static final double FACE_SWAP_STAGE = 1.5;
    private static final List<String> HEAD = List.of("up_mass_x", "up_mass_y", "up_mass_sx", "up_mass_sy");
    private static final String DETAIL_X = SubjectProfile.PREFIX + "detail_x_q50";
    private static final String DETAIL_Y = SubjectProfile.PREFIX + "detail_y_q25";

    private final int[] head;
    private final int[] profile;
    private final int detailX;
    private final int detailY;
    private final List<String> names;

    CropAnchors(FeatureSchema schema) {
        head = HEAD.stream().mapToInt(schema.changeNames()::indexOf).toArray();
        List<String> all = SubjectProfile.names();
        List<String> n = new ArrayList<>(List.of("has_head", "head_x", "head_y", "head_sx", "head_sy",
                "anchor_off_centre", "aspect", "log_pixels"));
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
        for (int h = 0; h < HEAD.size(); h++) out[k++] = head == null ? Double.NaN : head[h];
        out[k++] = Math.abs(anchor[0] - 0.5);
        out[k++] = m.aspect();
        out[k++] = m.logPixels();
        for (int p : profile) out[k++] = m.subject()[p];
        return out;
    }

    /** The point the crop is predicted relative to: the head when known, else the subject's detail. */
    double[] anchor(SetExample s, int i) {
        double[] head = head(s);
        if (head != null) return new double[] {head[0], head[1]};
        double[] subject = s.member(i).subject();
        double x = subject[detailX], y = subject[detailY];
        return new double[] {Double.isNaN(x) ? 0.5 : x, Double.isNaN(y) ? 0.5 : y};
    }

    /**
     * Where the face swap changed the picture and how far that change spreads, {x, y, sx, sy} in image fractions
     * (the same in every stage of the set, which all show one picture), or null when the set has no stage-1 member
     * followed by a face swap.
     */
    private double[] head(SetExample s) {
        for (int i : head) if (i < 0) return null;
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.member(k + 1).stage() != FACE_SWAP_STAGE) continue;
            double[] c = s.member(k).change();
            double[] out = new double[head.length];
            for (int h = 0; h < head.length; h++) out[h] = c[head[h]];
            if (!Double.isNaN(out[0]) && !Double.isNaN(out[1])) return out;
        }
        return null;
    }
}
