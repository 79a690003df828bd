package dev.winnow.learn.model;

import dev.winnow.learn.fit.BoostedTrees;

import java.nio.file.Path;

/**
 * A model that is one booster and the JSON state inference needs beside it (the ranker, the keep model): the two
 * files it writes into its version folder and reads back, so that every such model stores them the same way.
 */
public record TreesWithState<S>(BoostedTrees trees, S state) {
    public void save(Path dir, String treesFile) {
        trees.save(dir.resolve(treesFile));
        JsonFiles.write(dir.resolve(ModelChecks.STATE_FILE), state);
    }

    public static <S> TreesWithState<S> load(Path dir, String treesFile, Class<S> stateType) {
        return new TreesWithState<>(BoostedTrees.load(dir.resolve(treesFile)),
                JsonFiles.read(dir.resolve(ModelChecks.STATE_FILE), stateType));
    }
}
