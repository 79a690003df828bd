package dev.winnow.demo;

import java.util.Random;

/**
 * The content mix of one project: how often its shots are close-ups, medium or wide shots, and how often the
 * figure already stands well framed. Projects differ here — not in how the curator crops (see
 * {@link CropPlanner}) — so their crop rates and typical boxes differ while the rule stays the same person's.
 */
public record ShotMix(double close, double medium, double wide, double framed) {
    /** Scenes tried per set before settling for the last one; about one in twenty scenes fits a given shot. */
    static final int ATTEMPTS = 400;

    public ShotMix {
        DemoProjectSpec.requireRate("close", close);
        DemoProjectSpec.requireRate("medium", medium);
        DemoProjectSpec.requireRate("wide", wide);
        DemoProjectSpec.requireRate("framed", framed);
        if (close + medium + wide <= 0) throw new IllegalArgumentException("a shot mix needs a positive weight");
    }

    /** Every kind of shot equally often, the figure framed about as often as chance places it. */
    public static ShotMix even() {
        return new ShotMix(1, 1, 1, 0.2);
    }

    /** The shot one set should show. */
    Shot draw(Random r) {
        double u = r.nextDouble() * (close + medium + wide);
        Shot.Size size = u < close ? Shot.Size.CLOSE : u < close + medium ? Shot.Size.MEDIUM : Shot.Size.WIDE;
        return new Shot(size, Seeds.chance(r, framed));
    }

    /** The first scene seed derived from {@code base} whose scene shows {@code shot} (or the last one tried). */
    static long sceneSeed(long base, Shot shot) {
        long candidate = base;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            candidate = attempt == 0 ? base : Seeds.mix(base, 100_000 + attempt);
            if (Shot.of(SceneFactory.create(candidate).figure()).equals(shot)) return candidate;
        }
        return candidate;
    }
}
