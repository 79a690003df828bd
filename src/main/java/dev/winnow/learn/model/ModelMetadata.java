package dev.winnow.learn.model;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.fit.TreeParams;

import java.util.List;
import java.util.Map;

/**
 * Written as metadata.json beside every model: what it is, what data and code made it, its full configuration,
 * and how it did out of fold beside its baselines ({@code headline} is the one-line summary `winnow models` shows,
 * {@code evaluation} the full metrics).
 */
public record ModelMetadata(ModelKind kind, String version, String createdAt, FeatureSchema schema, List<String> features,
                            TreeParams params, Provenance provenance, Map<String, Double> headline,
                            String headlineText, Object evaluation) {
}
