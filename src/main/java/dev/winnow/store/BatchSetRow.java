package dev.winnow.store;

import java.util.List;

/** One set of a review batch with the member file ids it had when the batch was made (stage order). */
public record BatchSetRow(String batchId, long setId, int position, String setKey, List<Long> memberIds) {
    public BatchSetRow {
        memberIds = List.copyOf(memberIds);
    }
}
