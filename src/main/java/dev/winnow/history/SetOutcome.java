package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * What history found for one original set: its final (null: every member was rejected), how the final was paired,
 * the winner (-1 when unknown), each member's pixel error, the crop and how sure each part is.
 */
record SetOutcome(OriginalSet set, SourceEntry finalEntry, String matchedBy, int winner, double[] residuals,
                  boolean winnerAmbiguous, double winnerMargin, String cropState, CropBox box, double matchScore,
                  double runnerUp, List<String> unreadable, String note) {

    static SetOutcome allRejected(OriginalSet set) {
        return new SetOutcome(set, null, null, -1, new double[0], false, 1.0, LogRows.NOT_RECORDED, null, 0, 0, List.of(), null);
    }

    boolean rejectsAll() {
        return finalEntry == null;
    }

    String winnerName() {
        return winner < 0 ? null : set.members().get(winner).name();
    }

    /** How far to trust the decision: the weaker of the winner call and the crop match. */
    double confidence() {
        if (rejectsAll()) return 1.0;
        double win = winnerAmbiguous ? Math.min(0.5, winnerMargin) : Math.max(0.5, Math.min(1.0, 0.5 + winnerMargin));
        double crop = switch (cropState) {
            case LoggedBox.BOX, LoggedBox.UNCROPPED -> matchScore;
            default -> 0.5;
        };
        return Math.max(0, Math.min(win, crop));
    }
}
