package dev.winnow.embed;

import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.ContentRow;
import dev.winnow.store.SetChangeRow;

import java.util.List;

/** What processing one unit produced, ready to be committed in one transaction. */
record UnitResult(WorkUnit unit, List<Member> members, SetChangeRow change, boolean changeReused) {

    /**
     * One file's outcome. {@code hash} is null only when the file could not be read; {@code content} and
     * {@code vector} are null when nothing new was computed; {@code decodeFailure} is keyed by hash and cached,
     * {@code problem} is what the run reports for the file (a decode, read or embed failure).
     */
    record Member(ImageFile file, String hash, boolean decoded, ContentRow content, float[] vector,
                  Problem decodeFailure, Problem problem) {
        boolean hashChanged() {
            return hash != null && !hash.equals(file.contentHash());
        }
    }
}
