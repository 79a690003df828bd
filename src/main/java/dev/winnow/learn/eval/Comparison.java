package dev.winnow.learn.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One metric on n examples: the model's value beside each baseline's value on exactly the same examples. */
public record Comparison(int n, double model, Map<String, Double> baselines) {
    public Comparison {
        baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
    }

    static Comparison of(int n, double model, Object... nameValuePairs) {
        Map<String, Double> b = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) b.put((String) nameValuePairs[i], (Double) nameValuePairs[i + 1]);
        return new Comparison(n, model, b);
    }
}
