package dev.winnow.learn.rank;

/** Small helpers over per-member score arrays. */
public final class Scores {
    private Scores() {
    }

    /** Index of the highest score; ties go to the higher stage (later member), the curator's usual choice. */
    public static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) if (s[i] >= s[best]) best = i;
        return best;
    }

    /** The best-scored member below the highest stage. */
    public static int bestLower(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length - 1; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    /** Best score minus the runner-up: how clearly the ranker preferred its pick. */
    static double margin(double[] s) {
        int best = argmax(s);
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) if (i != best) second = Math.max(second, s[i]);
        return s[best] - second;
    }
}
