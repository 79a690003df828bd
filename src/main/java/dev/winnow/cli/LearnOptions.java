package dev.winnow.cli;

import dev.winnow.learn.data.LearnSettings;
import picocli.CommandLine.Option;

/** Options shared by the learning commands: seed and XGBoost threads. */
final class LearnOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Seed for folds and tree sampling (default: fixed, so runs repeat).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "XGBoost threads (default: all cores). Results do not depend on it.")
    Integer threads;

    LearnSettings settings() {
        LearnSettings d = LearnSettings.defaults();
        return new LearnSettings(seed == null ? d.seed() : seed, threads == null ? d.threads() : threads);
    }
}
