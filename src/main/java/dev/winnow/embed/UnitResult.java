package dev.winnow.embed;

import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.store.ContentRow;
import dev.winnow.store.SetChangeRow;

import java.util.List;

/**
 * What processing one unit produced, ready to be committed in one transaction; {@code evidence} is null when the
 * set's step evidence was up to date (or the unit is a single).
 */
record UnitResult(WorkUnit unit, List<Member> members, SetChangeRow change, boolean changeReused, SetEvidence evidence) {

    /**
     * A set's step evidence under its content signature: {@code steps} just computed, or null when evidence of that
     * signature is already stored (an identical set, or the same set renamed) and only needs linking.
     */
    record SetEvidence(String signature, List<StepEvidence> steps) {
        boolean reused() {
            return steps == null;
        }
    }

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
