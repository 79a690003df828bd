/**
 * Finding a project's images: walking the folder, reading headers, parsing names into timestamp and stage,
 * grouping stage sets by the nearest-up rule, attaching companions, reporting bad files; writes the catalogue to
 * the store. Front door: {@link dev.winnow.catalog.Catalog}. Uses common, domain, imaging, store.
 */
package dev.winnow.catalog;
