package dev.winnow.learn;

/**
 * Version of the feature code. Bump it when a feature's meaning changes without its name changing; a model whose
 * feature-code version differs is refused like one whose feature names differ.
 */
final class FeatureCode {
    static final String VERSION = "features-1";

    private FeatureCode() {
    }
}
