package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.List;
import java.util.Map;

/**
 * What importing one log file did. Every row is counted once: {@code rows = imported + alreadyPresent +
 * rejectedRows + reversed}, where a row is a CSV record or a line that held none (skipped after a quote error,
 * reported as a line range). {@code rejected} lists the problems with their lines; {@code rejectedByReason} counts
 * rows per reason. {@code encoding} is how the bytes were read, {@code notes} say what a reader should know (an
 * encoding fallback); {@code timeUnknown} counts imported decisions whose row gave no time. {@code refused} is
 * non-null when the whole file was refused (not text, unknown header, no project): then nothing of it was imported
 * and every count is 0. {@code reversed} counts rows a reviewer undo took back: rows of a review log skipped because
 * the undo log beside it reverses them, or, for the undo log itself (whose rows count is 0), decisions it removed.
 */
public record LogFileReport(String file, String format, String encoding, int rows, int imported, int alreadyPresent,
                            int rejectedRows, int timeUnknown, Map<String, Integer> importedByKind,
                            Map<String, Integer> importedByProject, Map<String, Integer> rejectedByReason,
                            List<Problem> rejected, List<String> notes, String refused, int reversed) {

    static LogFileReport refused(String file, String encoding, String why) {
        return new LogFileReport(file, null, encoding, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), List.of(), List.of(), why, 0);
    }
}
