/**
 * The anomaly detector (is the highest stage the wrong pick?): its features, trainer with calibration and
 * operating threshold, and the project prior — given, from labels, or estimated without labels (prior shift, shift
 * gauge). Uses learn.data, learn.features, learn.fit, learn.model.
 */
package dev.winnow.learn.anomaly;
