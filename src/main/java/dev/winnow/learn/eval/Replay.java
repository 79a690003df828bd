package dev.winnow.learn.eval;

import java.util.List;

/**
 * A held-out project replayed as it would be reviewed: its first {@code revealed} sets (in scan order, which is
 * generation time) are reviewed, so their labels are known; the picks on the {@code remaining} sets are compared
 * before (rate estimated without labels) and after (the rate those reviews measured, see
 * {@code ProjectPrior.reviewed}), beside keeping the highest stage on the same sets. {@code revealed} is 100 sets,
 * or half the project when it has fewer than 200.
 */
public record Replay(List<ProjectReplay> projects) {
    static final int REVEAL = 100;

    /** Right picks on the remaining sets: all, normal, broken; before and after, and the highest stage. */
    public record ProjectReplay(String projectId, int revealed, int remaining, int remainingBroken, double priorBefore,
                                double priorAfter, Counts before, Counts after, Counts highestStage) {
    }

    public record Counts(int right, int normalRight, int brokenRight) {
    }

    /** Sets to reveal of a project of {@code n}: {@value #REVEAL}, or half when that would leave fewer. */
    static int reveal(int n) {
        return Math.min(REVEAL, n / 2);
    }
}
