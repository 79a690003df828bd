/**
 * The SQLite store: schema migrations and one repository per table group; maps its tables to the domain records
 * and to its own rows (decisions, review batches, predictions, cached content). The only place with SQL. Uses
 * common, domain.
 */
package dev.winnow.store;
