package dev.winnow.store;

/**
 * A batch of up to 100 sets shown together in the reviewer. {@code state}: open (being reviewed), finalizing
 * (its journal is being executed), finalized, undoing, undone.
 */
public record ReviewBatchRow(String id, String projectId, int seq, String ordering, String state, String createdAt,
                             String finalizedAt, String undoneAt) {
    public boolean open() {
        return "open".equals(state);
    }
}
