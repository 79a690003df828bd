package dev.winnow.store;

import dev.winnow.common.CropBox;

/**
 * One file operation of a finalize. Paths are absolute. {@code size} is the source's size for a move and the
 * written file's size for write_crop/copy; {@code sha256} is the written file's hash, recorded before the file
 * is renamed into place so that a resume or an undo can recognise it.
 */
public record JournalOpRow(String batchId, int seq, String op, String source, String target, CropBox crop, Long size,
                           String sha256, String state, String note) {
    public static final String MKDIR = "mkdir";
    public static final String MOVE = "move";
    public static final String WRITE_CROP = "write_crop";
    public static final String COPY = "copy";

    public static final String PLANNED = "planned";
    public static final String DONE = "done";
    public static final String UNDONE = "undone";
    public static final String SKIPPED = "skipped";
}
