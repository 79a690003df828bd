package dev.winnow.learn.predict;

import dev.winnow.learn.rank.Scores;

/**
 * Turns ranker scores and the anomaly probability into the pick. The anomaly detector, moved to the project's
 * base rate, decides whether to leave the highest stage (probability at least one half); the ranker decides which
 * lower member to keep. A ranker alone cannot know that one project breaks its top stage in 2% of sets and
 * another in 40%; the detector's prior shift does. The confidence is the probability of being right: 1 - p for
 * the highest stage, p times the ranker's measured accuracy among lower members otherwise.
 */
final class Picker {
    static final double LEAVE_HIGHEST_AT = 0.5;

    private Picker() {
    }

    record Pick(int index, double confidence) {
    }

    static Pick choose(double[] scores, double anomalyProbability, double lowerAccuracy) {
        int top = scores.length - 1;
        if (anomalyProbability < LEAVE_HIGHEST_AT) return new Pick(top, 1 - anomalyProbability);
        double amongLower = top == 1 ? 1 : lowerAccuracy;
        return new Pick(Scores.bestLower(scores), anomalyProbability * amongLower);
    }
}
