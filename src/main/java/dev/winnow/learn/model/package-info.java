/**
 * Models on disk: the registry of versions per {@link dev.winnow.learn.model.ModelKind}, metadata with provenance,
 * checks that refuse a model whose features or embedder differ, JSON files, the files of a booster with its state,
 * the environment a model was made in.
 * Knows no model class. Uses common, learn.data, learn.features, learn.fit.
 */
package dev.winnow.learn.model;
