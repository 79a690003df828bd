package dev.winnow.cli;

import picocli.CommandLine.Command;

/** `winnow bench ...`: throughput measurements (speed lives here, not in tests). */
@Command(name = "bench", description = "Measure throughput on generated data (nothing of yours is touched).",
        subcommands = {BenchScanCommand.class, BenchEmbedCommand.class, BenchReviewCommand.class, BenchHistoryCommand.class},
        footer = {"", "Examples:", "  winnow bench scan --files 100000", "  winnow bench embed --sets 8",
                "  winnow bench review", "  winnow bench history --pairs 20 --size 2048"})
final class BenchCommand {
}
