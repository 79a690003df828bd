package dev.winnow.demo;

import java.util.List;

/** A small but complete demo config for tests: two projects that differ like the standard three do. */
final class SmallDemo {
    private SmallDemo() {
    }

    static DemoConfig config(long seed) {
        return new DemoConfig(seed, DemoScale.SMALL, List.of(
                new DemoProjectSpec("alpha", 12, 0.5, List.of(ArtifactKind.values()), ShotMix.even(),
                        0.5, 1.0, new FinalsStyle(0.3, 0.3, 0.2, true)),
                new DemoProjectSpec("beta", 8, 0.4, List.of(ArtifactKind.EXTRA_LIMB, ArtifactKind.COLOUR_BLEED,
                        ArtifactKind.MISSING_NAVEL), new ShotMix(0.2, 0.3, 0.5, 0.4), 0.3, 0.6,
                        new FinalsStyle(0.5, 0.25, 0.15, false))));
    }

    /** One project of four sets, for tests of the generator's mechanics rather than its content. */
    static DemoConfig tiny(long seed) {
        return new DemoConfig(seed, DemoScale.SMALL, List.of(new DemoProjectSpec("solo", 4, 0.25,
                List.of(ArtifactKind.LOCAL_BLUR), ShotMix.even(), 0.25, 1.0,
                new FinalsStyle(0.25, 0.25, 0.25, false))));
    }
}
