package dev.winnow.common;

/** Elapsed wall time since creation, for run summaries and benchmarks. */
public final class Stopwatch {
    private final long start = System.nanoTime();

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
