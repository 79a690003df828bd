package dev.winnow.learn.data;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * One stage set with its members in stage order (lowest first), the curator's pick (index into members,
 * {@link #UNLABELED} when not known, e.g. when predicting) and the crop of the picked image (null when the crop
 * is not known; {@link CropBox#FULL} when the curator kept the whole image).
 */
public record SetExample(String projectId, long setId, List<Member> members, int chosen, CropBox crop) {
    public static final int UNLABELED = -1;

    public SetExample {
        members = List.copyOf(members);
        if (members.size() < 2) throw new IllegalArgumentException("set " + setId + " has fewer than 2 members");
        if (chosen < UNLABELED || chosen >= members.size()) {
            throw new IllegalArgumentException("set " + setId + ": chosen index " + chosen + " out of range");
        }
    }

    public int size() {
        return members.size();
    }

    /** Index of the highest stage (members are in stage order, so the last one). */
    public int highest() {
        return members.size() - 1;
    }

    public boolean labeled() {
        return chosen != UNLABELED;
    }

    /** The curator kept a lower stage than the highest: what the old ranker never learned. */
    public boolean anomaly() {
        return labeled() && chosen != highest();
    }

    public Member member(int i) {
        return members.get(i);
    }

    /** The members' stages, lowest first. */
    public double[] stages() {
        return members.stream().mapToDouble(Member::stage).toArray();
    }

    public SetExample withoutLabels() {
        return new SetExample(projectId, setId, members, UNLABELED, null);
    }
}
