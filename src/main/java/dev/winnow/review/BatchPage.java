package dev.winnow.review;

import dev.winnow.common.CropBox;

import java.util.List;

/** What the browser gets for one batch (serialized to JSON as is). {@code batch} is null when every set is done. */
record BatchPage(String project, String session, Batch batch, List<SetCard> sets, Progress progress, Triage triage) {

    record Batch(String id, int seq, String ordering, String state) {
    }

    /**
     * One set: members in stage order, the suggestion (null: no model yet), whether a heatmap exists, the current
     * choice, and the curator's past sets that changed alike (null: none).
     */
    record SetCard(long setId, int position, String key, List<Member> members, AiSuggestion ai, boolean heatmap,
                   Choice choice, Past past) {
    }

    /** Of {@code counted} past sets with the same last step that changed most alike, {@code keptLower} kept a lower stage. */
    record Past(String step, int counted, int keptLower, List<PastSet> nearest) {
    }

    /** A past set of another project: its members (stage order) and which the curator kept. */
    record PastSet(long setId, String project, List<Long> memberIds, List<Double> stages, int kept) {
    }

    /** {@code undecodable}: why the image failed to decode at embed time (null: it decoded); never the AI's pick. */
    record Member(long fileId, String name, double stage, String stageLabel, Integer width, Integer height,
                  String undecodable) {
    }

    /** action choose|reject; fileId null for reject; cropSource ai|editor|null; origin curator|auto (with its cut). */
    record Choice(String action, Long fileId, CropBox crop, String cropSource, String chosenAt, String origin, Double cut) {
    }

    /**
     * Sets with a choice (auto-accepted ones included), sets in the batch, how many of the curator's own choices had
     * a suggestion and agreed with it, and how many sets the cut accepted.
     */
    record Progress(int done, int total, int agreed, int withAi, int auto) {
    }

    /** The auto-accept cut (null: off) and the agreement measured at it, held out and on this project's reviewed sets. */
    record Triage(Double cut, CutAgreement heldOut, CutAgreement own) {
    }
}
