package dev.winnow.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * Base of every command: builds the context from the root options and turns every failure into a clear message and
 * exit code 2 — and, under --json, into the one {"error": ...} object on stdout. Expected failures (bad input, a
 * missing file) say only their message; anything else also leaves its stack trace in a file under the home, never
 * on the console (see {@link Failure}).
 */
abstract class WinnowSubcommand implements Callable<Integer> {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int FATAL = 2;

    @Spec
    CommandSpec spec;

    /** Runs the command; returns OK or PROBLEMS. */
    abstract int run(CommandContext ctx) throws Exception;

    @Override
    public final Integer call() {
        WinnowCommand root = (WinnowCommand) spec.root().userObject();
        Output out = root.output();
        Failure failure = new Failure(out, root.resolveHome());
        int exit;
        CommandContext ctx = null;
        try {
            ctx = root.context(out);
            exit = run(ctx);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            exit = failure.expected(e.getMessage());
        } catch (java.io.IOException e) {
            exit = failure.expected(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (Throwable e) { // NOSONAR: whatever broke, the user gets one message and --json its one object
            exit = failure.unexpected(spec.qualifiedName(), e);
        } finally {
            if (ctx != null) {
                try {
                    ctx.close();
                } catch (Throwable e) { // NOSONAR
                    exit = failure.unexpected(spec.qualifiedName() + " (closing the store)", e);
                }
            }
        }
        if (!out.resultWritten()) {
            // A command that printed nothing for --json would break the contract; say what ran and how it ended.
            out.result(java.util.Map.of("command", spec.qualifiedName(), "exit", exit));
        }
        return exit;
    }
}
