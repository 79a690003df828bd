package dev.winnow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.WinnowCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `winnow undo`, `winnow review --screenshot` and the help texts, run through the real command line. */
class ReviewCommandsTest {

    private record Run(int exit, String out) {
    }

    private static Run winnow(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int exit = WinnowCommand.commandLine().execute(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void undoPutsBackTheLastFinalizedBatchAndSaysSoInJson(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3, 2).withPredictions()) {
            Map<String, String> before = ReviewFixture.tree(fx.root);
            ReviewSession s = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> { });
            String batch = s.page().batch().id();
            s.choose(batch, fx.sets.get(0).id(), fx.sets.get(0).highest().id(), "ai", null);
            s.choose(batch, fx.sets.get(1).id(), null, null, null);
            s.finalizeBatch(batch);

            Run r = winnow("--home", fx.home.toString(), "--json", "undo");

            assertThat(r.exit()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.path("batch").asText()).isEqualTo(batch);
            assertThat(json.path("complete").asBoolean()).isTrue();
            assertThat(ReviewFixture.tree(fx.root)).isEqualTo(before);
            assertThat(winnow("--home", fx.home.toString(), "undo").exit()).as("nothing left to undo").isEqualTo(2);
        }
    }

    @Test
    void reviewScreenshotWritesAPictureOfTheReviewerWithHeadlessChromium(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.find(null).isPresent(), "no Chromium installed: screenshot not tested");
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3).withPredictions()) {
            Path png = tmp.resolve("reviewer.png");
            Run r = winnow("--home", fx.home.toString(), "review", ReviewFixture.PROJECT, "--screenshot", png.toString());
            assertThat(r.exit()).isZero();
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(new int[] {img.getWidth(), img.getHeight()}).containsExactly(1600, 1000);
        }
    }

    @Test
    void everyReviewCommandHasAWorkedExampleInItsHelp() {
        assertThat(winnow("review", "--help").out()).contains("Examples:").contains("winnow review mojo3");
        assertThat(winnow("undo", "--help").out()).contains("winnow undo mojo3-b4");
        assertThat(winnow("bench", "review", "--help").out()).contains("winnow bench review");
    }
}
