package dev.winnow.demo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One synthetic project: how many stage sets, how often the highest stage is broken (and with which kinds of
 * artifact), what its pictures show (the shot mix, which drives how often and how the curator crops), how often
 * sets reach stage 3, which share of sets the decision logs cover,
 * and how the finals were delivered.
 */
public record DemoProjectSpec(
        String id,
        int sets,
        double anomalyRate,
        List<ArtifactKind> artifactKinds,
        ShotMix shots,
        double stage3Rate,
        double loggedFraction,
        FinalsStyle finals) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public DemoProjectSpec {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("project id must match " + ID + ": " + id);
        }
        if (sets < 1) throw new IllegalArgumentException("project " + id + " needs at least one set, got " + sets);
        requireRate("anomalyRate", anomalyRate);
        requireRate("stage3Rate", stage3Rate);
        requireRate("loggedFraction", loggedFraction);
        artifactKinds = List.copyOf(artifactKinds);
        if (anomalyRate > 0 && artifactKinds.isEmpty()) {
            throw new IllegalArgumentException("project " + id + " has anomalies but no artifact kinds");
        }
        if (shots == null || finals == null) throw new IllegalArgumentException("project " + id + ": shots and finals are required");
    }

    /** The same project with another number of sets. */
    public DemoProjectSpec withSets(int count) {
        return new DemoProjectSpec(id, count, anomalyRate, artifactKinds, shots, stage3Rate, loggedFraction, finals);
    }

    public boolean fullyLogged() {
        return loggedFraction >= 1.0;
    }

    static void requireRate(String name, double value) {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(name + " must be within [0, 1], got " + value);
    }
}
