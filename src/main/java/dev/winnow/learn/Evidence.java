package dev.winnow.learn;

import java.util.List;

/** One feature's value and its contribution (SHAP value) to a prediction. */
record Evidence(String feature, double value, double contribution) {

    /** The feature with the largest positive contribution; null when nothing pushed up. */
    static Evidence strongest(List<String> names, float[] values, float[] contributions) {
        int best = -1;
        for (int f = 0; f < names.size(); f++) {
            if (contributions[f] > 0 && (best < 0 || contributions[f] > contributions[best])) best = f;
        }
        return best < 0 ? null : new Evidence(names.get(best), values[best], contributions[best]);
    }
}
