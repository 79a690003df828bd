/**
 * The ranker: scores the members of a set (one query group per set), its features, trainer with out-of-fold
 * confidence, and the outcomes it is judged on. Uses learn.data, learn.features, learn.fit, learn.model.
 */
package dev.winnow.learn.rank;
