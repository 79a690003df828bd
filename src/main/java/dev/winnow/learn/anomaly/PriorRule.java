package dev.winnow.learn.anomaly;

/** How the anomaly base rate of the project being predicted is obtained. */
@FunctionalInterface
public interface PriorRule {
    ProjectPrior choose(double[] pooledProbabilities, AnomalyModel model);

    /** Estimated from the model's probabilities on the project's sets, without labels. */
    PriorRule ESTIMATE = (pooled, model) -> model.estimatePrior(pooled);

    /** The training base rate (right when the model was trained on the same project). */
    PriorRule TRAINING = (pooled, model) -> ProjectPrior.training(model.trainPrior());

    /** The estimate, moved toward the rate measured on {@code reviewed} sets of the project (see {@link ProjectPrior#reviewed}). */
    static PriorRule reviewed(int anomalies, int reviewed) {
        return (pooled, model) -> ProjectPrior.reviewed(model.estimatePrior(pooled), anomalies, reviewed);
    }

    static PriorRule fixed(ProjectPrior prior) {
        return (pooled, model) -> prior;
    }
}
