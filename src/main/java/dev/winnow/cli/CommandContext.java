package dev.winnow.cli;

import dev.winnow.common.ProgressReporter;
import dev.winnow.store.Store;

import java.nio.file.Path;

/** What every command needs: the home folder, the store, output and progress in the right mode. */
public final class CommandContext implements AutoCloseable {
    private final Path home;
    private final Output output;
    private Store store;

    CommandContext(Path home, Output output) {
        this.home = home;
        this.output = output;
    }

    public Path home() {
        return home;
    }

    public Output out() {
        return output;
    }

    public boolean json() {
        return output.json();
    }

    /** Opened on first use so that commands which need no store (bench, help) never create one. */
    public Store store() {
        if (store == null) store = Store.open(home);
        return store;
    }

    public ProgressReporter progress() {
        return ProgressReporter.forConsole(false);
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
