/**
 * The keyboard reviewer: a local web page over batches of stage sets with the AI's suggestion, decisions logged to
 * the store and CSV, finalize through a journal that can resume and be undone, stats. Front door: {@link
 * dev.winnow.review.Reviewer}. Uses common, domain, imaging, catalog, store.
 */
package dev.winnow.review;
