package dev.winnow.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that can drive a headless Chromium. */
final class BrowserOptions {
    @Option(names = "--screenshot", paramLabel = "FILE", description = "Write a PNG of the reviewer page (headless Chromium).")
    Path screenshot;
    @Option(names = "--browser", paramLabel = "PATH",
            description = "Chromium or Chrome to use (default: $WINNOW_CHROMIUM, else the usual install places).")
    Path browser;
}
