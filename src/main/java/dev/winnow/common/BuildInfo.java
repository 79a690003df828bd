package dev.winnow.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of Winnow is made of, read at run time: the git commit it was built from (written into the jar
 * by the build; "unknown" when built outside a checkout, e.g. from a source archive) and the versions of the
 * libraries on the class path, from their own jars rather than typed in where they could drift from pom.xml.
 */
public final class BuildInfo {
    /** Written by the build (git-commit-id-maven-plugin, see pom.xml). */
    static final String BUILD_PROPERTIES = "/dev/winnow/build.properties";
    public static final String UNKNOWN = "unknown";

    private BuildInfo() {
    }

    /** The commit this build was made from, with "-dirty" when the work tree had uncommitted changes; or "unknown". */
    public static String commit() {
        return commit(properties(BUILD_PROPERTIES));
    }

    static String commit(Properties build) {
        String id = build.getProperty("git.commit.id", "").trim();
        if (id.isEmpty()) return UNKNOWN;
        return "true".equals(build.getProperty("git.dirty", "").trim()) ? id + "-dirty" : id;
    }

    /** The version of a Maven artifact on the class path, from the pom.properties its jar carries; or "unknown". */
    public static String libraryVersion(String groupId, String artifactId) {
        String v = properties("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties").getProperty("version");
        return v == null || v.isBlank() ? UNKNOWN : v.trim();
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
        }
        return p;
    }
}
