package dev.winnow.learn.fit;

import dev.winnow.learn.data.Fold;
import dev.winnow.learn.data.SetExample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Predictions for every set made by a model that did not see it: fit on each fold's train side, predict its test. */
public final class OutOfFold {
    private OutOfFold() {
    }

    /**
     * {@code fitted} runs after each fold (progress). A fold whose training side cannot be learned from (the fit
     * throws IllegalArgumentException, e.g. no anomaly in it) contributes no predictions; if none can, that is
     * the error.
     */
    public static <M, R> List<R> predict(List<Fold> folds, Function<List<SetExample>, M> fit,
                                  BiFunction<M, List<SetExample>, List<R>> predict, Runnable fitted) {
        List<R> out = new ArrayList<>();
        IllegalArgumentException last = null;
        for (Fold f : folds) {
            try {
                out.addAll(predict.apply(fit.apply(f.train()), f.test()));
            } catch (IllegalArgumentException e) {
                last = e;
            }
            fitted.run();
        }
        if (out.isEmpty() && last != null) throw new IllegalArgumentException("no inner fold could be trained: " + last.getMessage(), last);
        return out;
    }
}
