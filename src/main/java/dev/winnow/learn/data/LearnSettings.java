package dev.winnow.learn.data;

/**
 * Seed (every random choice: folds, subsamples, tree sampling) and XGBoost threads. The same seed and data give
 * the same models whatever the thread count.
 */
public record LearnSettings(long seed, int threads) {
    public static final long DEFAULT_SEED = 20251101L;

    public LearnSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    public static LearnSettings defaults() {
        return new LearnSettings(DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
    }
}
