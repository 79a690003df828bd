package dev.winnow.learn.fit;

import java.util.List;

/** A model fitted on all training sets, with the out-of-fold outcomes its calibration and own report came from. */
public record Trained<M, O>(M model, List<O> outOfFold) {
}
