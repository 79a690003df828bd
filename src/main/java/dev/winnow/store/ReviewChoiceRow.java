package dev.winnow.store;

import dev.winnow.common.CropBox;

/**
 * One choice made in the reviewer: keep {@code fileId} (with an optional crop, accepted from the AI or drawn in
 * the editor) or reject the whole set. {@code aiJson} is the suggestion that was on screen (null: no model yet);
 * {@code aiAgreed} is null when there was no suggestion. Rows are never deleted; undo stamps {@code undoneAt}.
 */
public record ReviewChoiceRow(long id, String batchId, String sessionId, String projectId, long setId, String action,
                              Long fileId, CropBox crop, String cropSource, Long aiPick, String aiJson,
                              Boolean aiAgreed, String chosenAt, String undoneAt) {
    public static final String CHOOSE = "choose";
    public static final String REJECT = "reject";

    public boolean rejectsAll() {
        return REJECT.equals(action);
    }
}
