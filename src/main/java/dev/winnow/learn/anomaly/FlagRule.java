package dev.winnow.learn.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's "look here" flag over the sets of one project, from their probabilities at the project's rate
 * ({@code atPrior}, NaN without evidence): a set is flagged when its probability reaches {@code cut}, and the
 * project's most suspicious sets, as many as its rate says are broken plus half of {@value #MARGIN}, always are; but
 * never more than the rate plus {@value #MARGIN} of the sets (the most suspicious ones), so that a flag still
 * singles sets out. The cut alone flagged none of the photo set's 2% project, whose broken sets all stood in its
 * top 10%, and 89% of a demo project of 52%. The same rule flags out-of-fold sets in a model's own report.
 */
record FlagRule(double cut) {
    /** Flags beyond a project's rate, at most: the reviewer looks at a few more sets than are broken, not all. */
    static final double MARGIN = 0.10;

    boolean[] flags(double[] atPrior, double prior) {
        boolean[] out = new boolean[atPrior.length];
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < atPrior.length; i++) {
            if (Double.isNaN(atPrior[i])) continue;
            known.add(i);
            out[i] = atPrior[i] >= cut;
        }
        known.sort((a, b) -> Double.compare(atPrior[b], atPrior[a]));
        long top = Math.round(Math.min(1, prior + MARGIN / 2) * known.size());
        long most = Math.round(Math.min(1, prior + MARGIN) * known.size());
        for (int k = 0; k < known.size(); k++) {
            if (k < top) out[known.get(k)] = true;
            else if (k >= most) out[known.get(k)] = false;
        }
        return out;
    }
}
