package dev.winnow.learn.eval;

import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.ProjectStats;

import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation measured, as written to report.json: how it split, what each fold saw, every metric
 * beside its baselines, examples of misses, and what was left out and why. {@code pick} is the pick as the
 * reviewer gets it (ranker + anomaly gate); {@code rankerAlone} is the ranker's top score, for comparison. A
 * metric is null when it could not be measured (e.g. no crops known), with the reason in {@code notes}.
 * {@code autoAccept} is the reviewer's auto-accept cut replayed on the held-out picks; {@code triage} how the
 * anomaly ordering and the pick's confidence hold up per held-out project, with every held-out set; {@code replay}
 * (project holdout only) the picks on each held-out project's later sets once its first ones are reviewed;
 * {@code keep} the keep model on held-out decided singles (null without any, with the reason in {@code notes}).
 */
public record EvalResult(String holdout, String createdAt, double seconds, long seed, FeatureSchema schema,
                         List<ProjectStats> projects, List<FoldInfo> folds, PickMetrics pick, PickMetrics rankerAlone,
                         AutoAcceptCurve autoAccept, Triage triage, Replay replay, AnomalyMetrics anomaly,
                         CropMetrics crop, KeepMetrics keep, Misses misses, List<String> notes, Map<String, String> environment) {
}
