package dev.winnow.review;

import dev.winnow.common.CropBox;

import java.nio.file.Path;
import java.util.List;

/**
 * What the reviewer decided for one set, with each member as the disk holds it now. {@code chosenFileId} null
 * with {@code rejected} means the whole set goes to staging; a crop applies to the chosen member.
 */
record SetOutcome(long setId, List<Member> members, Long chosenFileId, CropBox crop, boolean rejected) {

    /** A member image: its store id, path relative to the project root, size when scanned, companions on disk. */
    record Member(long fileId, String relPath, long scannedSize, List<Path> companions) {
    }
}
