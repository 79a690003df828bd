/**
 * The crop proposer: subject anchors and anchored linear boxes, tree regressors off the bucket median box, the
 * constant answers, the choice between them on inner folds, and crop geometry that keeps the aspect. Uses common,
 * imaging, learn.data, learn.features, learn.fit, learn.model.
 */
package dev.winnow.learn.crop;
