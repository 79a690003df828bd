package dev.winnow.demo;

import java.util.List;
import java.util.Random;

/**
 * Derives independent seeds from a master seed (SplitMix64 finaliser), so each project and set draws from its
 * own stream and the output does not depend on the order in which threads run.
 */
final class Seeds {
    private Seeds() {
    }

    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** java.util.Random because its sequence is fixed by its specification across JDKs. */
    static Random random(long seed, long stream) {
        return new Random(mix(seed, stream));
    }

    static double between(Random r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    static int between(Random r, int lo, int hiInclusive) {
        return lo + r.nextInt(hiInclusive - lo + 1);
    }

    static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
