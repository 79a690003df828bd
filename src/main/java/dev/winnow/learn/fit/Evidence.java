package dev.winnow.learn.fit;

import java.util.List;

/** One feature's value and its contribution (SHAP value) to a prediction. */
public record Evidence(String feature, double value, double contribution) {

    /** The feature pushing hardest in the given direction (+1 up, -1 down); null when none pushed that way. */
    public static Evidence strongest(List<String> names, float[] values, float[] contributions, int direction) {
        int best = -1;
        for (int f = 0; f < names.size(); f++) {
            double c = direction * contributions[f];
            if (c > 0 && (best < 0 || c > direction * contributions[best])) best = f;
        }
        return best < 0 ? null : new Evidence(names.get(best), values[best], contributions[best]);
    }
}
