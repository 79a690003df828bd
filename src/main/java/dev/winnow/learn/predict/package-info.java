/**
 * The three models used together on one project's sets: the pick from ranker scores and the anomaly probability,
 * its confidence, the proposed crop, the evidence (where the blamed stage changed) and the one-sentence reason
 * written from it. Uses common, catalog, imaging (the change map's tile grid), learn.data, learn.fit,
 * learn.rank, learn.anomaly, learn.crop.
 */
package dev.winnow.learn.predict;
