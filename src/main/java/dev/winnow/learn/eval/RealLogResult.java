package dev.winnow.learn.eval;

import java.util.List;
import java.util.Map;

/**
 * The metadata-only crop check on the real logs. {@code leaveOneProjectOut}: the dims/stage regressor ("model")
 * beside the full image, the global and the per-bucket median box, each fitted on the other projects only.
 * {@code inSample}: the constant boxes fitted on all rows and scored on the same rows — the setting of the
 * README's 0.688 — as a reference, not as a result.
 */
public record RealLogResult(String source, int rows, Map<String, Integer> rowsPerProject,
                            Map<String, Integer> problemsByReason, CropMetrics leaveOneProjectOut,
                            CropMetrics inSample, List<String> features, List<String> notes, double seconds) {
}
