/**
 * Honest evaluation: leave-one-project-out and k-fold runs that train on the training side only, pick/anomaly/crop
 * metrics beside their baselines, the headlines model listings show, and what the real logs (no pixels) say about
 * crops. Uses common, catalog, and learn.data up to learn.predict.
 */
package dev.winnow.learn.eval;
