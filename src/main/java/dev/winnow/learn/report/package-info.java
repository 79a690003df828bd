/**
 * What an evaluation looks like to a person: the text table, the self-contained HTML report with charts and
 * thumbnails of misses, the report folder. Uses common, catalog, store, learn.data, learn.fit, learn.eval.
 */
package dev.winnow.learn.report;
