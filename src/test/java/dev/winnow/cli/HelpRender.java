package dev.winnow.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders every command's usage help, as `--help` shows it, to stdout (each after a line "=== qualified name").
 * Run in a JVM of its own by {@link HelpTextTest}: picocli writes its formatting warnings to the System.err it saw
 * when it started, so only a fresh process's stderr catches them.
 */
final class HelpRender {
    private HelpRender() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        render(WinnowCommand.commandLine(), out);
    }

    private static void render(CommandLine cl, PrintStream out) {
        out.println("=== " + cl.getCommandSpec().qualifiedName());
        cl.usage(out);
        for (CommandLine sub : cl.getSubcommands().values()) render(sub, out);
    }
}
