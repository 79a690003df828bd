package dev.winnow.learn.anomaly;

import dev.winnow.learn.data.StepEvidenceSource;
import dev.winnow.learn.fit.TreeParams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expected-residual layers fitted during one run, kept so that a run which trains and then evaluates on the same
 * sets (the demo) fits the layer once: it reads no label, so the same sets, evidence and parameters give the same
 * layer. Only for one run over a store that does not change in between; commands run alone use {@link #NONE}.
 */
public final class FittedExpectations {
    /** Fits anew every time. */
    public static final FittedExpectations NONE = new FittedExpectations(false);

    private final boolean keep;
    private final Map<List<Object>, ExpectedResidual> fitted = new HashMap<>();

    private FittedExpectations(boolean keep) {
        this.keep = keep;
    }

    /** Keeps every layer it fits, for the rest of one run. */
    public static FittedExpectations forOneRun() {
        return new FittedExpectations(true);
    }

    synchronized ExpectedResidual fit(StepEvidenceSource source, List<Long> setIds, TreeParams params) {
        if (!keep) return ExpectedResidual.fit(source, setIds, params);
        List<Object> key = new ArrayList<>(setIds.stream().sorted().toList());
        key.add(params);
        ExpectedResidual done = fitted.get(key);
        if (done == null) {
            done = ExpectedResidual.fit(source, setIds, params);
            fitted.put(key, done);
        }
        return done;
    }
}
