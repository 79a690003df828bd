/**
 * What Winnow is about, as every capability sees it: a project (and the rule for its id), an image file of it and
 * its state, a stage set, a curator's decision. Plain records that know nothing of storage; the store maps its
 * tables to them. Uses common.
 */
package dev.winnow.domain;
