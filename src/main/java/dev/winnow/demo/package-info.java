/**
 * The built-in demo workload: deterministic synthetic projects (stages, artifacts, crops, companions), the
 * curator's finals and logs, hidden ground truth, and the scorecard that judges a run against it. Uses common,
 * store.
 */
package dev.winnow.demo;
