package dev.winnow.learn.data;

/**
 * Seed (every random choice: folds, subsamples, tree sampling) and XGBoost threads. The same seed and data give
 * the same models whatever the thread count. {@code plantedDefects}: whether the anomaly detector learns from
 * defects planted into normal steps (always, but for the ablation that measures what they are worth).
 */
public record LearnSettings(long seed, int threads, boolean plantedDefects) {
    public static final long DEFAULT_SEED = 20251101L;

    public LearnSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    public LearnSettings(long seed, int threads) {
        this(seed, threads, true);
    }

    /** The same settings with the anomaly detector learning from real breaks alone. */
    public LearnSettings withoutPlantedDefects() {
        return new LearnSettings(seed, threads, false);
    }

    public static LearnSettings defaults() {
        return new LearnSettings(DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
    }
}
