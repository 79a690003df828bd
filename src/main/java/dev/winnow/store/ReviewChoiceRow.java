package dev.winnow.store;

import dev.winnow.common.CropBox;

/**
 * One choice made in the reviewer: keep {@code fileId} (with an optional crop, accepted from the AI or drawn in
 * the editor) or reject the whole set. {@code aiJson} is the suggestion that was on screen (null: no model yet);
 * {@code aiAgreed} is null when there was no suggestion. Rows are never deleted; undo stamps {@code undoneAt}.
 * {@code origin} is {@value #CURATOR} for a key the curator pressed and {@value #AUTO} for a set the auto-accept
 * cut ({@code cut}, the confidence it needed) accepted for them. {@code undoneBy} says who undid it (the curator,
 * or a changed cut), null while it stands.
 */
public record ReviewChoiceRow(long id, String batchId, String sessionId, String projectId, long setId, String action,
                              Long fileId, CropBox crop, String cropSource, Long aiPick, String aiJson,
                              Boolean aiAgreed, String chosenAt, String undoneAt, String origin, Double cut,
                              String undoneBy) {
    public static final String CHOOSE = "choose";
    public static final String REJECT = "reject";
    public static final String CURATOR = "curator";
    public static final String AUTO = "auto";

    public ReviewChoiceRow {
        if (origin == null) origin = CURATOR;
        if (!origin.equals(CURATOR) && !origin.equals(AUTO)) throw new IllegalArgumentException("unknown origin " + origin);
    }

    /** A choice the curator made. */
    public ReviewChoiceRow(long id, String batchId, String sessionId, String projectId, long setId, String action,
                           Long fileId, CropBox crop, String cropSource, Long aiPick, String aiJson, Boolean aiAgreed,
                           String chosenAt, String undoneAt) {
        this(id, batchId, sessionId, projectId, setId, action, fileId, crop, cropSource, aiPick, aiJson, aiAgreed,
                chosenAt, undoneAt, CURATOR, null, null);
    }

    public boolean auto() {
        return AUTO.equals(origin);
    }

    /** The same choice, stamped undone at the given time by the curator or the cut. */
    public ReviewChoiceRow undone(String at, String by) {
        return new ReviewChoiceRow(id, batchId, sessionId, projectId, setId, action, fileId, crop, cropSource, aiPick,
                aiJson, aiAgreed, chosenAt, at, origin, cut, by);
    }

    public boolean rejectsAll() {
        return REJECT.equals(action);
    }
}
