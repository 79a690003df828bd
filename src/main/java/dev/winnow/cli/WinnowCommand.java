package dev.winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/** The root command: global options and the list of subcommands. */
@Command(name = "winnow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Learns your culling and cropping choices and does most of them for you.",
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                ProjectCommand.class,
                ProjectsCommand.class,
                ScanCommand.class,
                SetsCommand.class,
                EmbedCommand.class,
                CacheCommand.class,
                ArchiveCheckCommand.class,
                TrainCommand.class,
                EvalCommand.class,
                PredictCommand.class,
                ModelsCommand.class,
                StatusCommand.class,
                ReviewCommand.class,
                UndoCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                HistoryCommand.class,
                BenchCommand.class,
        },
        footer = {"", "Examples:", "  winnow project add mojo3 ~/Pictures/mojo3", "  winnow scan mojo3",
                "  winnow --json sets mojo3 --limit 5", "", "Home: --home, else $WINNOW_HOME, else ~/.winnow"})
public final class WinnowCommand implements Runnable {
    @Option(names = "--home", paramLabel = "DIR", description = "Winnow's data folder (store, caches, models, reports).")
    Path home;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout; human text goes to stderr.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    public WinnowCommand() {
        this(System.out, System.err);
    }

    WinnowCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(err);
    }

    CommandContext context() {
        return new CommandContext(resolveHome(), new Output(json, out, err));
    }

    Path resolveHome() {
        if (home != null) return home.toAbsolutePath();
        String env = System.getenv("WINNOW_HOME");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        return Path.of(System.getProperty("user.home"), ".winnow");
    }

    public static CommandLine commandLine() {
        return commandLine(System.out, System.err);
    }

    /** The command line writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new WinnowCommand(out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("winnow: " + ex);
            return WinnowSubcommand.FATAL;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
