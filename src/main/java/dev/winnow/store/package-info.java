/**
 * The SQLite store: schema migrations and one repository per table group; maps its tables to the domain records
 * and to its own rows (review batches, predictions, cached content, the journal). The only place with SQL. Uses
 * common, domain.
 */
package dev.winnow.store;
