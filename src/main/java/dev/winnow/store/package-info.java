/**
 * The SQLite store: schema migrations, one repository per table group, and the rows they read and write. The only
 * place with SQL. Uses common.
 */
package dev.winnow.store;
