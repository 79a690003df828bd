package dev.winnow.history;

import dev.winnow.common.Problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing one log file did. {@code refused} is non-null when the whole file was refused (unknown header,
 * no project); then nothing of it was imported. {@code rejected} lists every row that was skipped, with its line.
 * {@code reversed} counts rows a reviewer undo took back: rows of a review log skipped because the undo log beside
 * it reverses them, or, for the undo log itself, decisions it removed.
 */
public record LogFileReport(String file, String format, int rows, int imported, int alreadyPresent,
                            Map<String, Integer> importedByKind, Map<String, Integer> importedByProject,
                            List<Problem> rejected, String refused, int reversed) {

    public LogFileReport(String file, String format, int rows, int imported, int alreadyPresent,
                         Map<String, Integer> importedByKind, Map<String, Integer> importedByProject,
                         List<Problem> rejected, String refused) {
        this(file, format, rows, imported, alreadyPresent, importedByKind, importedByProject, rejected, refused, 0);
    }

    public Map<String, Integer> rejectedByReason() {
        Map<String, Integer> m = new TreeMap<>();
        for (Problem p : rejected) m.merge(p.reason(), 1, Integer::sum);
        return m;
    }
}
