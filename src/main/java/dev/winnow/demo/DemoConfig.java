package dev.winnow.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything that determines a demo generation: same config, same bytes. */
public record DemoConfig(long seed, DemoScale scale, List<DemoProjectSpec> projects) {

    public DemoConfig {
        if (scale == null) throw new IllegalArgumentException("scale is required");
        projects = List.copyOf(projects);
        if (projects.isEmpty()) throw new IllegalArgumentException("a demo needs at least one project");
        Set<String> ids = new HashSet<>();
        for (DemoProjectSpec p : projects) {
            if (!ids.add(p.id())) throw new IllegalArgumentException("duplicate project id " + p.id());
        }
    }

    public DemoConfig(long seed, boolean fullSize, List<DemoProjectSpec> projects) {
        this(seed, fullSize ? DemoScale.FULL : DemoScale.DEFAULT, projects);
    }

    public boolean fullSize() {
        return scale == DemoScale.FULL;
    }

    /**
     * Three projects of about 100 sets that differ the way the user's real projects differ: anomaly rates of
     * about 3%, 12% and 50% with different artifact kinds, different content (mostly medium shots; mostly
     * well-framed close-ups; mostly wide, off-centre shots), one project whose logs cover only ~60% of its sets,
     * one project whose finals are also delivered as a zip. One curator decides every crop by the same rule from
     * what the picture shows ({@link CropPlanner}); the content mix alone makes the crop rates come out near 77%,
     * 53% and 87% and the typical boxes differ (tight, top-anchored, loose), as the user's projects do. Most sets end at
     * stage 2, as in the user's logs (stage 3 was chosen in 3% of the real crops); 12-30% reach stage 3.
     */
    public static DemoConfig standard(long seed, boolean fullSize) {
        return new DemoConfig(seed, fullSize, List.of(
                new DemoProjectSpec("aurora", 104, 0.03,
                        List.of(ArtifactKind.SMEARED_FACE, ArtifactKind.MISSING_NAVEL, ArtifactKind.LOCAL_BLUR),
                        new ShotMix(0.2, 0.6, 0.2, 0.25), 0.20, 1.0,
                        new FinalsStyle(0.10, 0.10, 0.03, true)),
                new DemoProjectSpec("birch", 96, 0.12,
                        List.of(ArtifactKind.EXTRA_LIMB, ArtifactKind.COLOUR_BLEED, ArtifactKind.WARPED_REGION,
                                ArtifactKind.DUPLICATED_FEATURE),
                        new ShotMix(0.6, 0.3, 0.1, 0.6), 0.12, 0.6,
                        new FinalsStyle(0.45, 0.30, 0.08, false)),
                new DemoProjectSpec("cobalt", 100, 0.50, List.of(ArtifactKind.values()),
                        new ShotMix(0.1, 0.3, 0.6, 0.1), 0.30, 1.0,
                        new FinalsStyle(0.05, 0.05, 0.02, false))));
    }

    /**
     * The standard three projects at a quarter of their sets and with tiny images: enough for every step (training
     * needs a few dozen sets per project) in a smoke run, not for quality numbers.
     */
    public static DemoConfig smoke(long seed) {
        return new DemoConfig(seed, DemoScale.SMALL, standard(seed, false).projects().stream()
                .map(p -> p.withSets(Math.max(12, p.sets() / 4))).toList());
    }
}
