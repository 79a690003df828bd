/**
 * The built-in demo: a deterministic synthetic workload (stages, artifacts, crops, companions, the curator's
 * finals and logs, hidden ground truth), the scorecard that judges history recovery against that truth, and {@link
 * dev.winnow.demo.DemoRun}, the whole job run on it. Uses common, store, catalog, history, embed, learn.
 */
package dev.winnow.demo;
