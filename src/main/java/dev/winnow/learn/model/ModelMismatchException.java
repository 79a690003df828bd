package dev.winnow.learn.model;

/** A saved model cannot read this data (other embedder, other features): refused, never silently used. */
public final class ModelMismatchException extends IllegalStateException {
    public ModelMismatchException(String message) {
        super(message);
    }
}
