/**
 * The three models used together on one project's sets: the pick from ranker scores and the anomaly probability,
 * its confidence, the proposed crop and the one-line reason. Uses common, catalog, learn.data, learn.fit,
 * learn.rank, learn.anomaly, learn.crop.
 */
package dev.winnow.learn.predict;
