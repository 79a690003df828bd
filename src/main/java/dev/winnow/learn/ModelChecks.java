package dev.winnow.learn;

import java.util.List;

/** The refusals every saved model applies before it reads data. */
final class ModelChecks {
    static final String STATE_FILE = "state.json";

    private ModelChecks() {
    }

    /** The model's features must be the ones this code computes, in the same order. */
    static void sameFeatures(String kind, List<String> saved, List<String> computed) {
        if (saved != null && !saved.equals(computed)) {
            throw new ModelMismatchException("the " + kind + " model was trained on features " + saved
                    + " but this Winnow computes " + computed + ": train a new model");
        }
    }

    /** The data must come from the embedder and change-feature schema the model was trained on. */
    static void sameSchema(String kind, String version, FeatureSchema model, FeatureSchema data) {
        model.mismatch(data).ifPresent(why -> {
            throw new ModelMismatchException(kind + " " + version + " refused: " + why);
        });
    }
}
