package dev.winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private Output output;

    public WinnowCommand() {
        this(System.out, System.err);
    }

    WinnowCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** `winnow` alone: the usage on stderr (and, under --json, as the one object on stdout). */
    @Override
    public void run() {
        String usage = spec.commandLine().getUsageMessage();
        err.print(usage);
        output().result(Map.of("help", usage));
    }

    /** Where this run's words go; one per run, so that --json writes one object however the run ends. */
    Output output() {
        if (output == null) output = new Output(json, out, err);
        return output;
    }

    CommandContext context(Output output) {
        return new CommandContext(resolveHome(), output);
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

    /**
     * The command line writing to the given streams (tests capture them). Under --json, whatever happens prints
     * exactly one JSON object on stdout: a usage error becomes {"error": ...} (exit 2, the usage still on stderr), a
     * help or version request {"help": ...} or {"version": ...}; the commands themselves see to the rest.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        WinnowCommand root = new WinnowCommand(out, err);
        CommandLine cl = new CommandLine(root);
        PrintWriter stdout = new PrintWriter(out, true);
        cl.setOut(stdout);
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) failed.usage(failed.getErr());
            if (root.json || List.of(args).contains("--json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("error", String.valueOf(ex.getMessage()));
                json.put("usage", failed.getUsageMessage());
                root.output().result(json);
            }
            return WinnowSubcommand.FATAL;
        });
        cl.setExecutionStrategy(parse -> {
            if (!root.json) return new CommandLine.RunLast().execute(parse);
            StringWriter help = new StringWriter();
            cl.setOut(new PrintWriter(help, true));
            Integer code;
            try {
                code = CommandLine.executeHelpRequest(parse);
            } finally {
                cl.setOut(stdout);
            }
            if (code == null) return new CommandLine.RunLast().execute(parse);
            err.print(help);
            boolean version = parse.asCommandLineList().stream().anyMatch(CommandLine::isVersionHelpRequested);
            root.output().result(Map.of(version ? "version" : "help", help.toString()));
            return code;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // Commands catch their own failures; this is what escapes them (picocli's own reflection, an Error).
            return new Failure(root.output(), root.resolveHome()).unexpected(line.getCommandSpec().qualifiedName(), ex);
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
