package dev.winnow.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Predictions for every set made by a model that did not see it: fit on each fold's train side, predict its test. */
final class OutOfFold {
    private OutOfFold() {
    }

    /** {@code fitted} runs after each fold's model is done (progress). */
    static <M, R> List<R> predict(List<Fold> folds, Function<List<SetExample>, M> fit,
                                  BiFunction<M, List<SetExample>, List<R>> predict, Runnable fitted) {
        List<R> out = new ArrayList<>();
        for (Fold f : folds) {
            out.addAll(predict.apply(fit.apply(f.train()), f.test()));
            fitted.run();
        }
        return out;
    }
}
