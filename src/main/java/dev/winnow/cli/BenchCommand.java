package dev.winnow.cli;

import picocli.CommandLine.Command;

/** `winnow bench ...`: throughput measurements (speed lives here, not in tests). */
@Command(name = "bench", description = "Measure throughput on generated data (nothing of yours is touched).",
        subcommands = {BenchScanCommand.class, BenchEmbedCommand.class, BenchHistoryCommand.class, BenchTrainCommand.class,
                BenchReviewCommand.class},
        footer = {"", "Examples:", "  winnow bench scan --files 100000", "  winnow bench embed --sets 8",
                "  winnow bench history --pairs 20 --size 2048", "  winnow bench train --sets 20000", "  winnow bench review"})
final class BenchCommand {
}
