package dev.winnow.learn.predict;

import dev.winnow.learn.rank.Scores;

/**
 * Turns the anomaly probability (moved to the project's base rate) and the blamed step into the pick: below one
 * half the highest stage; at or above it, the member just below the step the detector blames, since a break made
 * at a lower stage survives into every stage above it. Without a blamed step (no step evidence) the ranker's best
 * lower member. The confidence is the probability of being right: 1 - p for the highest stage, else p times how
 * often, out of fold, the blamed step was the right one.
 */
final class Picker {
    static final double LEAVE_HIGHEST_AT = 0.5;

    private Picker() {
    }

    record Pick(int index, double confidence) {
    }

    static Pick choose(double[] scores, double anomalyProbability, int keep, double blameAccuracy) {
        int top = scores.length - 1;
        if (anomalyProbability < LEAVE_HIGHEST_AT) return new Pick(top, 1 - anomalyProbability);
        int index = keep >= 0 && keep < top ? keep : Scores.bestLower(scores);
        return new Pick(index, anomalyProbability * (top == 1 ? 1 : blameAccuracy));
    }
}
