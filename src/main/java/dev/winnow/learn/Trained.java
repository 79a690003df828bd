package dev.winnow.learn;

import java.util.List;

/** A model fitted on all training sets, with the out-of-fold outcomes its calibration and own report came from. */
record Trained<M, O>(M model, List<O> outOfFold) {
}
