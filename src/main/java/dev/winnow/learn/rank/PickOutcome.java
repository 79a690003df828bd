package dev.winnow.learn.rank;

/**
 * The pick for one held-out set: member stages (stage order), the curator's pick, the ranker's scores, the pick
 * made from them and its confidence.
 */
public record PickOutcome(String projectId, long setId, double[] stages, int chosen, double[] scores, int pick,
                          double confidence) {

    public int highest() {
        return stages.length - 1;
    }

    public boolean anomaly() {
        return chosen != highest();
    }
}
