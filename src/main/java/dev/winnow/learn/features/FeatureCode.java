package dev.winnow.learn.features;

/**
 * Version of the feature code. Bump it when a feature's meaning changes without its name changing; a model whose
 * feature-code version differs is refused like one whose feature names differ. features-2: the anomaly detector
 * reads stage-step evidence through an expected-residual model.
 */
public final class FeatureCode {
    public static final String VERSION = "features-2";

    private FeatureCode() {
    }
}
