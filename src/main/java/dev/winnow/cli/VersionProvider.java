package dev.winnow.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = WinnowCommand.class.getPackage().getImplementationVersion();
        return new String[] {"winnow " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")
                + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
