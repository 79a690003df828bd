package dev.winnow.learn.anomaly;

/**
 * Moves calibrated probabilities from the base rate they were trained under to another project's base rate
 * (Bayes' rule on the odds), and estimates an unlabeled project's base rate from the model's own probabilities
 * with the EM procedure of Saerens, Latinne and Decaestecker (2002). Neither looks at the target's labels.
 */
final class PriorShift {
    private static final double MIN_PRIOR = 1e-3;

    private PriorShift() {
    }

    static double adjust(double p, double fromPrior, double toPrior) {
        double from = clamp(fromPrior), to = clamp(toPrior);
        double pos = p * to / from, neg = (1 - p) * (1 - to) / (1 - from);
        return pos / (pos + neg);
    }

    /** The base rate at which the adjusted probabilities of these unlabeled examples average to itself. */
    static double estimate(double[] probabilities, double trainPrior) {
        if (probabilities.length == 0) return clamp(trainPrior);
        double prior = clamp(trainPrior);
        for (int it = 0; it < 200; it++) {
            double sum = 0;
            for (double p : probabilities) sum += adjust(p, trainPrior, prior);
            double next = clamp(sum / probabilities.length);
            if (Math.abs(next - prior) < 1e-7) return next;
            prior = next;
        }
        return prior;
    }

    static double clamp(double prior) {
        return Math.min(1 - MIN_PRIOR, Math.max(MIN_PRIOR, prior));
    }
}
