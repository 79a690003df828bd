package dev.winnow.fuzz;

/**
 * The seed of one fuzz run: {@code -Dwinnow.fuzz.seed=N} replays a run, otherwise a new one is drawn. It is printed
 * and carried into every assertion message, so a failure in CI can be replayed exactly.
 */
final class FuzzSeed {
    static final String PROPERTY = "winnow.fuzz.seed";

    private FuzzSeed() {
    }

    static long of(String suite) {
        Long given = Long.getLong(PROPERTY);
        long seed = given != null ? given : System.nanoTime() ^ suite.hashCode();
        System.out.println("fuzz " + suite + ": seed " + seed + " (replay: -D" + PROPERTY + "=" + seed + ")");
        return seed;
    }

    static String replay(long seed) {
        return "replay with -D" + PROPERTY + "=" + seed;
    }
}
