package dev.winnow.learn.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of model Winnow trains, in training order. The registry lists and stores models by kind without
 * knowing the model classes; each model names its own kind. The id is the folder name under {@code models/} and
 * the {@code kind} in metadata.json.
 */
public enum ModelKind {
    RANKER, ANOMALY, CROP, KEEP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this id; an unknown id is refused with the known ones. */
    @JsonCreator
    public static ModelKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown model kind '" + id + "'"));
    }

    @Override
    public String toString() {
        return id();
    }
}
