package dev.winnow.review;

import java.util.List;

/** A finalize, resume or undo that cannot go on; {@link #problems()} says why, one line per file. */
public final class FinalizeException extends IllegalStateException {
    private final List<String> problems;

    public FinalizeException(String message, List<String> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
