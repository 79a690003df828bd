package dev.winnow.learn.data;

import dev.winnow.imaging.evidence.StepEvidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where the stage-step evidence of sets is read from (see {@link StepEvidence}): streamed set by set, because a
 * large project's evidence does not need to sit in memory at once. A set without evidence is not passed on.
 */
@FunctionalInterface
public interface StepEvidenceSource {
    /** Calls {@code each} with the steps (in stage order) of every one of {@code setIds} that has evidence. */
    void forEach(Collection<Long> setIds, BiConsumer<Long, List<StepEvidence>> each);

    StepEvidenceSource NONE = (ids, each) -> { };

    /** Evidence held in memory, for tests and small runs. */
    static StepEvidenceSource of(Map<Long, List<StepEvidence>> bySet) {
        return (ids, each) -> {
            for (Long id : ids) {
                List<StepEvidence> steps = bySet.get(id);
                if (steps != null) each.accept(id, steps);
            }
        };
    }
}
