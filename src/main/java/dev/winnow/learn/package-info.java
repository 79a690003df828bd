/**
 * Front doors of learning: {@link dev.winnow.learn.Trainer}, {@link dev.winnow.learn.Evaluator}, {@link
 * dev.winnow.learn.Predictor}, {@link dev.winnow.learn.LearnStatus} and the train benchmark, with the reports they
 * return. Sub-packages follow the data's way: data → features → fit → model → rank, anomaly, crop, keep → predict → eval
 * → report; each uses only those before it, the models not each other. Uses every learn sub-package, common,
 * domain, imaging, catalog, store.
 */
package dev.winnow.learn;
