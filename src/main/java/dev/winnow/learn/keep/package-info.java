/**
 * The keep-or-reject model for singles (sets of one): one picture's own features — size, aspect, stage, what it
 * shows (embedding components) and where its detail is (subject profile), nothing relative to a set — and the
 * calibrated probability that the curator keeps it, trained with out-of-fold calibration. Uses learn.data,
 * learn.features, learn.fit, learn.model.
 */
package dev.winnow.learn.keep;
