/**
 * The curator's past decisions: importing old decision logs, recovering winner, losers and crop by comparing
 * original and final folders, merging the two, binding pending rows when a project is scanned, exporting logs.
 * Front door: {@link dev.winnow.history.HistoryImporter}. Uses common, domain, imaging, catalog, store.
 */
package dev.winnow.history;
