package dev.winnow.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Base of every command: builds the context from the root options and turns expected failures into a clear
 * message and exit code 2 (and a JSON {"error": ...} object under --json).
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
        try (CommandContext ctx = root.context()) {
            try {
                return run(ctx);
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                return fail(ctx, e.getMessage());
            } catch (java.io.IOException e) {
                return fail(ctx, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        } catch (Exception e) {
            System.err.println("winnow: " + e);
            return FATAL;
        }
    }

    private static int fail(CommandContext ctx, String message) {
        ctx.out().note("winnow: " + message);
        if (ctx.json() && !ctx.out().resultWritten()) ctx.out().result(Map.of("error", String.valueOf(message)));
        return FATAL;
    }
}
