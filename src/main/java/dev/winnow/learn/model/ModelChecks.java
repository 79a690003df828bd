package dev.winnow.learn.model;

import dev.winnow.learn.data.FeatureSchema;

import java.util.List;

/** The refusals every saved model applies before it reads data. */
public final class ModelChecks {
    public static final String STATE_FILE = "state.json";

    private ModelChecks() {
    }

    /** The model's features must be the ones this code computes, in the same order. */
    public static void sameFeatures(ModelKind kind, List<String> saved, List<String> computed) {
        if (saved != null && !saved.equals(computed)) {
            throw new ModelMismatchException("the " + kind + " model was trained on features " + saved
                    + " but this Winnow computes " + computed + ": train a new model");
        }
    }

    /** The data must come from the embedder and change-feature schema the model was trained on. */
    public static void sameSchema(ModelKind kind, String version, FeatureSchema model, FeatureSchema data) {
        model.mismatch(data).ifPresent(why -> {
            throw new ModelMismatchException(kind + " " + version + " refused: " + why);
        });
    }
}
