package dev.winnow.embed;

import java.util.List;
import java.util.Map;

/**
 * Whether a project's originals could be archived: for each kind of stored data, how many of the project's present
 * images (or sets) lack it, with a few example paths. {@code safe} is true when nothing blocking is missing.
 * Warnings (undecodable files, decisions not matched to a file) do not block: archiving loses nothing there.
 */
public record ArchiveReport(String projectId, List<String> embedders, int images, int sets, Map<String, Gap> gaps,
                            long decisions, long unboundDecisions, int undecodable, boolean safe) {

    /** One kind of missing data: how many and some examples. */
    public record Gap(int count, List<String> examples) {
    }
}
