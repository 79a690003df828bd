package dev.winnow.cli;

import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;
import dev.winnow.testing.LogFixtures;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17.1/17.2: an output target never touches an input or the user's images and is checked before anything runs. */
class OutputTargetTest {
    @TempDir
    Path tmp;

    private Path log() throws Exception {
        return Files.writeString(tmp.resolve("sel.csv"), LogFixtures.csv(LogFixtures.Format.SELECTION.header,
                LogFixtures.rows(LogFixtures.Format.SELECTION, "p", 5, 3), "\n"));
    }

    private long decisions(Path home) {
        try (Store s = Store.open(home)) {
            return new DecisionRepository(s).forProject("p").size();
        }
    }

    private static void assertRefused(CliRunner.Run run, String why) throws Exception {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").asText()).contains(why).contains("nothing was read or stored");
    }

    @Test
    void aReportOntoTheLogItselfIsRefusedBeforeAnythingIsRead() throws Exception {
        Path log = log();
        byte[] before = Files.readAllBytes(log);
        Path home = tmp.resolve("home");
        assertRefused(new CliRunner(home).run("--json", "import", log.toString(), "--project", "p", "--report", log.toString()),
                "is one of the inputs");
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        assertThat(decisions(home)).isZero();
        Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), log);
        assertRefused(new CliRunner(home).run("--json", "import", log.toString(), "--project", "p", "--report", link.toString()),
                "is one of the inputs");
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
    }

    @Test
    void aReportThatCannotBeWrittenIsRefusedBeforeAnythingIsStored() throws Exception {
        Path log = log();
        Path home = tmp.resolve("home");
        assertRefused(new CliRunner(home).run("--json", "import", log.toString(), "--project", "p", "--report",
                tmp.resolve("missing/r.csv").toString()), "does not exist");
        assertRefused(new CliRunner(home).run("--json", "import", log.toString(), "--project", "p", "--report", tmp.toString()),
                "is a folder");
        assertThat(decisions(home)).isZero();
        CliRunner.Run ok = new CliRunner(home).run("--json", "import", log.toString(), "--project", "p", "--report",
                tmp.resolve("r.csv").toString());
        assertThat(ok.exit()).isZero();
        assertThat(tmp.resolve("r.csv")).exists();
        assertThat(decisions(home)).isEqualTo(5);
    }

    @Test
    void noOutputInsideAProjectOrAnInputFolderOrOntoAnImageOrBesideOne() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("photos"));
        Path image = TestImages.png(project.resolve("20250101_000000_stage1_generated.png"), 20, 30);
        byte[] imageBytes = Files.readAllBytes(image);
        Path loose = TestImages.png(tmp.resolve("elsewhere/a.png"), 20, 30);
        Path home = tmp.resolve("home");
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("project", "add", "p", project.toString()).exit()).isZero();
        Path log = log();
        assertRefused(cli.run("--json", "import", log.toString(), "--report", project.resolve("r.csv").toString()),
                "is inside project p's folder");
        assertRefused(cli.run("--json", "import", log.toString(), "--report", loose.resolveSibling("a.csv").toString()),
                "would be a companion of the image a.png");
        assertRefused(cli.run("--json", "export", "p", "--format", "crop", "--out", image.toString()), "is inside project p's folder");
        assertRefused(cli.run("--json", "export", "p", "--format", "crop", "--out", loose.toString()), "names an image file");
        assertRefused(cli.run("--json", "export", "p", "--format", "crop", "--out", home.resolve("winnow.db").toString()),
                "is Winnow's store");
        Path fin = Files.createDirectories(tmp.resolve("final"));
        assertRefused(cli.run("--json", "history", "p", "--original", project.toString(), "--final", fin.toString(),
                "--report", fin.resolve("r.csv").toString()), "is inside the input folder");
        assertThat(Files.readAllBytes(image)).isEqualTo(imageBytes);
        assertThat(Files.readAllBytes(loose)).isNotEmpty();
        assertThat(decisions(home)).isZero();
    }
}
