package dev.winnow.learn.data;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * One stage set with its members in stage order (lowest first), the curator's pick (index into members,
 * {@link #UNLABELED} when not known, e.g. when predicting) and the crop of the picked image (null when the crop
 * is not known; {@link CropBox#FULL} when the curator kept the whole image). A single is a set of one member: its
 * crop is learned and proposed like any other; it has nothing to rank and no higher stage to doubt.
 */
public record SetExample(String projectId, long setId, List<Member> members, int chosen, CropBox crop) {
    public static final int UNLABELED = -1;

    public SetExample {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("set " + setId + " has no members");
        if (chosen < UNLABELED || chosen >= members.size()) {
            throw new IllegalArgumentException("set " + setId + ": chosen index " + chosen + " out of range");
        }
    }

    public int size() {
        return members.size();
    }

    /** A set of one (a camera's photo, a stray stage): nothing to rank, no higher stage to doubt. */
    public boolean single() {
        return members.size() == 1;
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

    /** The index of the member at {@code stage} (a set holds each stage once), -1 if none. */
    public int memberAt(double stage) {
        for (int i = 0; i < members.size(); i++) if (members.get(i).stage() == stage) return i;
        return -1;
    }

    /** The members' stages, lowest first. */
    public double[] stages() {
        return members.stream().mapToDouble(Member::stage).toArray();
    }

    public SetExample withoutLabels() {
        return new SetExample(projectId, setId, members, UNLABELED, null);
    }
}
