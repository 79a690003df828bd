package dev.winnow.learn.model;

import dev.winnow.learn.data.ProjectStats;

import java.util.List;
import java.util.Map;

/**
 * Where a model came from: the projects and how many of their sets were used or left out (and why), the
 * fingerprint of exactly the labelled sets it learned from ({@link DataFingerprint}; null in models made before
 * fingerprints), how its own evaluation was split, the embedder and feature code, the seed, and the code and
 * machine (see {@link Environment}).
 */
public record Provenance(List<String> projects, List<ProjectStats> data, int trainingSets, String dataFingerprint,
                         String evaluationSplit, String embedderId, long seed, Map<String, String> environment) {
}
