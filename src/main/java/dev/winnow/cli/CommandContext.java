package dev.winnow.cli;

import dev.winnow.app.Winnow;
import dev.winnow.common.ProgressReporter;

import java.nio.file.Path;

/** What every command needs: the opened home with its capabilities, output and progress in the right mode. */
public final class CommandContext implements AutoCloseable {
    private final Winnow winnow;
    private final Output output;

    CommandContext(Path home, Output output) {
        this.winnow = new Winnow(home);
        this.output = output;
    }

    public Path home() {
        return winnow.home();
    }

    /** The home's capabilities; its store is opened on first use, so commands that need none never create one. */
    public Winnow winnow() {
        return winnow;
    }

    public Output out() {
        return output;
    }

    public boolean json() {
        return output.json();
    }

    public ProgressReporter progress() {
        return ProgressReporter.forConsole(false);
    }

    @Override
    public void close() {
        winnow.close();
    }
}
