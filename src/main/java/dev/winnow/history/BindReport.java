package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.List;

/**
 * What binding a project's pending decisions to its catalogued files did: how many got their set or chosen file,
 * how many pixel boxes could now be normalized with the catalogued image size, and how many still wait.
 */
public record BindReport(String projectId, boolean projectRegistered, int bound, int boxesNormalized, int stillPending,
                         List<Problem> problems) {
}
