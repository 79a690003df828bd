package dev.winnow.common;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BuildInfoTest {
    private static Properties build(String commit, String dirty) {
        Properties p = new Properties();
        if (commit != null) p.setProperty("git.commit.id", commit);
        if (dirty != null) p.setProperty("git.dirty", dirty);
        return p;
    }

    @Test
    void theCommitIsReadAsWrittenAndMarkedWhenTheWorkTreeHadChanges() {
        String sha = "15999dbe8c1b4fd82707e47e6b3c8c19bbef6657";
        assertThat(BuildInfo.commit(build(sha, "false"))).isEqualTo(sha);
        assertThat(BuildInfo.commit(build(sha, "true"))).isEqualTo(sha + "-dirty");
    }

    @Test
    void aBuildOutsideACheckoutSaysUnknownInsteadOfFailing() {
        assertThat(BuildInfo.commit(build("", "false"))).isEqualTo(BuildInfo.UNKNOWN);
        assertThat(BuildInfo.commit(build(null, null))).isEqualTo(BuildInfo.UNKNOWN);
    }

    @Test
    void thisBuildNamesItsCommitOrSaysUnknown() {
        // The build writes build.properties from git; a test run from a source archive has none and says so.
        assertThat(BuildInfo.commit()).matches("[0-9a-f]{40}(-dirty)?|unknown");
    }

    @Test
    void libraryVersionsComeFromTheJarsOnTheClassPath() {
        assertThat(BuildInfo.libraryVersion("ml.dmlc", "xgboost4j_2.12")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(BuildInfo.libraryVersion("com.fasterxml.jackson.core", "jackson-databind")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(BuildInfo.libraryVersion("no.such", "library")).isEqualTo(BuildInfo.UNKNOWN);
    }
}
