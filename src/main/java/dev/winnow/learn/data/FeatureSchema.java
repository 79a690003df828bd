package dev.winnow.learn.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the data feeding a model looks like: which embedder made the vectors, their length, and the change-feature
 * names (sorted). A model trained on one schema refuses data of another instead of silently mis-reading it.
 */
public record FeatureSchema(String embedderId, int embeddingDim, List<String> changeNames) {
    public FeatureSchema {
        changeNames = changeNames.stream().sorted().toList();
        if (embeddingDim < 0) throw new IllegalArgumentException("negative embedding dimension");
    }

    /** Names of each change feature and of its difference to a reference member: prefix+c, prefix+c+versus, ... */
    public List<String> changePairs(String prefix, String versus) {
        List<String> out = new ArrayList<>();
        for (String c : changeNames) {
            out.add(prefix + c);
            out.add(prefix + c + versus);
        }
        return out;
    }

    /**
     * Why data of schema {@code data} cannot be fed to a model trained on this one, if it cannot. Data with no change
     * features at all (a photo-only project: singles have no stage pair) fits any change names: its singles read
     * them as missing, and a stage set without them is left out as "no change features", never mis-read.
     */
    public Optional<String> mismatch(FeatureSchema data) {
        if (!embedderId.equals(data.embedderId)) {
            return Optional.of("the model was trained on embedder '" + embedderId + "' but the data was embedded with '"
                    + data.embedderId + "': re-embed with '" + embedderId + "' or train a new model");
        }
        if (embeddingDim != data.embeddingDim) {
            return Optional.of("the model expects " + embeddingDim + "-dimensional embeddings, the data has "
                    + data.embeddingDim + ": train a new model");
        }
        if (!changeNames.equals(data.changeNames) && !data.changeNames.isEmpty()) {
            return Optional.of("the model was trained on change features " + changeNames + " but the data has "
                    + data.changeNames + ": recompute change features or train a new model");
        }
        return Optional.empty();
    }
}
