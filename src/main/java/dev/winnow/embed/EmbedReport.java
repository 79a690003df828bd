package dev.winnow.embed;

import dev.winnow.common.Problem;
import dev.winnow.common.RunSummary;

import java.util.List;

/**
 * What one `winnow embed` run did. Images: {@code decoded} were decoded now, {@code cached} needed nothing
 * ({@code hashedOnly} of those were read only to learn their content hash, e.g. after a rename), {@code failed}
 * have a problem. Change maps and step evidence (per set): computed now, or reused from identical set content
 * (another set, or the same set before a rename). {@code stopped} means the run was interrupted before all units
 * started; a rerun continues.
 */
public record EmbedReport(String projectId, String embedderId, int images, int sets, int singles, int unitsToDo,
                          int decoded, int cached, int hashedOnly, int failed, int changeMapsComputed,
                          int changeMapsReused, int stepEvidenceComputed, int stepEvidenceReused, boolean stopped,
                          List<Problem> problems, RunSummary summary) {
}
