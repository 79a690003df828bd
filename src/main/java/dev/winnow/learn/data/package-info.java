/**
 * Labelled examples: stage sets with their members' stage, size, embedding, change features and subject profile
 * (SetExample, Member), singles kept and rejected (a rejected one without a label), the feature schema, the dataset
 * built from the store with every left-out set counted by reason, the curator's decision resolved per set, folds by
 * project or by set. Uses common, domain, imaging, store.
 */
package dev.winnow.learn.data;
