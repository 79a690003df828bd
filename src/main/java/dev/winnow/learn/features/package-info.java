/**
 * Feature machinery shared by the models: the matrix handed to the learners, the row writer, a set's view relative
 * to its highest stage, embedding projections and the artifact direction, and the feature-code version that a
 * model must match. Each model's own feature rows live in its package. Uses learn.data.
 */
package dev.winnow.learn.features;
