/**
 * What Winnow is about, as every capability sees it: a project, an image file of it, a stage set. Plain records
 * that know nothing of storage; the store maps its tables to them. Uses common.
 */
package dev.winnow.domain;
