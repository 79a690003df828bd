package dev.winnow.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** Which data the learning commands read: projects (default all) and the embedder whose vectors to use. */
final class LearnData {
    @Parameters(paramLabel = "ID", arity = "0..*", description = "Projects (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--embedder", paramLabel = "ID", description = "Embedder whose vectors to use (default: the only one in the store).")
    String embedder;
}
