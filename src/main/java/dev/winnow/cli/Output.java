package dev.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;

import java.io.PrintStream;

/**
 * Where a command's words go. Human text goes to stdout, or to stderr under {@code --json} so that stdout
 * carries exactly one JSON object.
 */
public final class Output {
    private final boolean json;
    private final PrintStream out;
    private final PrintStream err;
    private boolean jsonWritten;

    public Output(boolean json, PrintStream out, PrintStream err) {
        this.json = json;
        this.out = out;
        this.err = err;
    }

    public boolean json() {
        return json;
    }

    /** A line for people. */
    public void say(String line) {
        (json ? err : out).println(line);
    }

    /** A warning or progress note; always stderr. */
    public void note(String line) {
        err.println(line);
    }

    /** The command's machine-readable result; written once, only under --json. */
    public void result(Object value) {
        if (!json || jsonWritten) return;
        jsonWritten = true;
        try {
            out.println(Jackson.pretty().writeValueAsString(value));
        } catch (Exception e) {
            throw new IllegalStateException("cannot render JSON result", e);
        }
    }

    boolean resultWritten() {
        return jsonWritten;
    }

    ObjectMapper mapper() {
        return Jackson.mapper();
    }
}
