package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.domain.Decision;
import dev.winnow.domain.StageSet;
import dev.winnow.history.HistoryImporter;
import dev.winnow.history.ImportReport;
import dev.winnow.history.LogFileReport;
import dev.winnow.learn.eval.AutoAcceptCurve;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.rank.PickOutcome;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reviewer's triage in real headless Chromium: the auto-accept cut, crops carried across members, a
 * finalized batch that takes no more choices, and undo that takes decisions back everywhere they went.
 */
class ReviewTriageBrowserTest extends BrowserTestBase {
    private void open(Path tmp, Reviewer.Options options, int... sizes) throws Exception {
        fx = ReviewFixture.create(tmp, sizes).withPredictions().withThumbnailAndHeatmap();
        heldOutReport(fx.home);
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, options.withOrder(ReviewOrder.TIME));
        page.open(server);
    }

    @Test
    void theAutoAcceptCutAcceptsListsAndRevertsSetsAndFinalizeCountsThemApart(@TempDir Path tmp) throws Exception {
        // Predicted sets: 0 at 95%, 2 at 75%, 4 at 55%; the odd ones have no model.
        open(tmp, Reviewer.Options.defaults().withAutoAccept(0.9), 4, 3, 4, 2, 3);
        StageSet s0 = fx.sets.get(0), s2 = fx.sets.get(2);
        assertThat(page.text("done")).isEqualTo("done 1/5 (1 auto-accepted)");
        ReviewChoiceRow auto0 = current().get(s0.id());
        assertThat(auto0.auto()).isTrue();
        assertThat(auto0.cut()).isEqualTo(0.9);
        assertThat(auto0.fileId()).isEqualTo(s0.highest().id());
        assertThat(auto0.crop()).isEqualTo(ReviewFixture.AI_CROP);
        assertThat(listed()).containsExactly(s0.id());
        assertThat(page.text("agreement")).as("auto-accepted sets are not the curator's agreement").isEqualTo("AI agreement –");
        assertThat(page.text("cut-agreement")).as("the report's row for this project, at the cut")
                .contains("held-out evaluation (mojo9 held out): 60% of sets reach it, AI agreement 66.7% (highest stage: 33.3%) on 3 sets")
                .contains("this project: too few reviewed sets");

        // The page opens on the first set that waits for the curator, and Enter never stops on an accepted one.
        assertThat(page.shownSet()).isEqualTo(fx.sets.get(1).id());
        page.press(Keys.ARROW_UP);
        page.waitUntil("accepted set shown", () -> page.shownSet() == s0.id());
        assertThat(page.visible("auto-banner")).isTrue();
        page.press(Keys.ENTER);
        page.waitUntil("next waiting set", () -> page.shownSet() == fx.sets.get(1).id());

        // One key reverts it: the set waits for the curator, and the cut leaves it alone from then on.
        browser.findElement(By.cssSelector("#auto-list li")).click();
        page.waitUntil("opened from the list", () -> page.shownSet() == s0.id());
        page.press("z");
        page.waitUntil("reverted", () -> page.text("done").equals("done 0/5"));
        assertThat(current()).doesNotContainKey(s0.id());
        assertThat(page.visible("auto-panel")).isFalse();

        WebElement cut = browser.findElement(By.id("cut"));
        cut.clear();
        cut.sendKeys("70", Keys.ENTER);
        page.waitUntil("cut lowered", () -> page.text("done").equals("done 1/5 (1 auto-accepted)"));
        assertThat(current()).containsOnlyKeys(s2.id());
        assertThat(current().get(s2.id()).cut()).isEqualTo(0.7);
        assertThat(listed()).containsExactly(s2.id());
        assertThat(page.text("cut-agreement")).contains("held-out evaluation (mojo9 held out): 80% of sets reach it");

        server.close();                                    // the reviewer is reopened without --auto-accept
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults().withOrder(ReviewOrder.TIME));
        page.open(server);
        assertThat(page.text("done")).as("the batch keeps its cut and what it accepted").isEqualTo("done 1/5 (1 auto-accepted)");
        assertThat(browser.findElement(By.id("cut")).getAttribute("value")).isEqualTo("70");
        assertThat(page.shownSet()).isEqualTo(s0.id());

        page.press("s");                                   // set 0 is shown: the curator keeps its second stage
        page.waitUntil("curator's choice saved", () -> page.text("done").startsWith("done 2/5"));
        page.pressShift(Keys.ENTER);
        page.waitUntil("summary", () -> page.visible("summary"));
        assertThat(page.text("summary-table")).contains("Chosen by you and cropped 1")
                .contains("Auto-accepted (the AI's pick, 1 with its crop) 1").contains("Sets left without a choice (stay where they are) 3");
        page.press("y");
        page.waitUntil("finalized", () -> page.text("summary-note").startsWith("Done"));

        List<Decision> decisions = new DecisionRepository(fx.store).forProject(ReviewFixture.PROJECT);
        assertThat(decisions).extracting(Decision::setId, Decision::source)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(s0.id(), "review"),
                        org.assertj.core.groups.Tuple.tuple(s2.id(), "auto"));
        String log = Files.readString(fx.home.resolve("logs").resolve(ReviewCsvLog.SELECTION_LOG));
        assertThat(log).as("only the curator's own choices go to the training logs")
                .contains("set_" + s0.id()).doesNotContain("set_" + s2.id());

        browser.get(server.statsUrl().toString());
        page.waitUntil("stats loaded", () -> browser.findElements(By.cssSelector("#auto tr")).size() == 2);
        assertThat(browser.findElements(By.cssSelector("#auto tr")).get(1).getText())
                .as("accepted, standing, confirmed, changed by the curator").startsWith("2 1 0 1");
    }

    @Test
    void aCuratorsCropIsCarriedToAnotherMemberScaledToItsPixelsAndTheEditorReopensAtIt(@TempDir Path tmp) throws Exception {
        open(tmp, Reviewer.Options.defaults(), 4, 3);
        StageSet s0 = fx.sets.get(0);
        page.press("q");                                   // stage 1 (52x76), draw the crop
        page.waitUntil("editor open", () -> page.visible("editor"));
        new Actions(browser).clickAndHold(browser.findElement(By.cssSelector("#editor-box .handle.se")))
                .moveByOffset(-90, -90).release().perform();
        page.press(Keys.ARROW_RIGHT);
        page.press(Keys.ENTER);
        page.waitUntil("saved", () -> page.text("done").equals("done 1/2"));
        CropBox drawn = current().get(s0.id()).crop();
        assertThat(current().get(s0.id()).fileId()).isEqualTo(s0.members().get(0).id());
        assertThat(drawn.width()).isLessThan(ReviewFixture.AI_CROP.width() - 0.05);

        page.press(Keys.ARROW_UP);
        page.press("f");                                   // the curator changes their mind: stage 3 (104x152)
        page.waitUntil("member changed", () -> s0.highest().id() == current().get(s0.id()).fileId());
        ReviewChoiceRow carried = current().get(s0.id());
        assertThat(carried.cropSource()).isEqualTo("editor");
        assertThat(carried.crop().maxCoordinateError(drawn)).isLessThan(1e-9);
        int[] small = drawn.toPixels(52, 76), big = carried.crop().toPixels(104, 152);
        for (int k = 0; k < 4; k++) {
            assertThat((double) big[k]).as("pixel coordinate %d scaled to the larger stage", k).isCloseTo(2.0 * small[k], within(1.0));
        }

        page.press(Keys.ARROW_UP);
        page.press("r");                                   // the editor reopens at the curator's crop, not the AI's
        page.waitUntil("editor open", () -> page.visible("editor"));
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.js("""
                const s = document.getElementById('editor-box').style;
                return {l: parseFloat(s.left), t: parseFloat(s.top), w: parseFloat(s.width), h: parseFloat(s.height)};""");
        assertThat(num(box, "l") / 100).isCloseTo(drawn.x1(), within(1e-6));
        assertThat(num(box, "t") / 100).isCloseTo(drawn.y1(), within(1e-6));
        assertThat(num(box, "w") / 100).isCloseTo(drawn.width(), within(1e-6));
        page.press(Keys.ESCAPE);
    }

    @Test
    void aFinalizedBatchTakesNoMoreChoicesAndOffersTheNextBatch(@TempDir Path tmp) throws Exception {
        open(tmp, Reviewer.Options.defaults(), 4, 3);
        page.press("f");
        page.waitUntil("saved", () -> page.text("done").equals("done 1/2"));
        page.pressShift(Keys.ENTER);
        page.waitUntil("summary", () -> page.visible("summary"));
        page.press("y");
        page.waitUntil("finalized", () -> page.text("summary-note").startsWith("Done"));
        page.press(Keys.ESCAPE);
        int rows = new ReviewChoiceRepository(fx.store).all(ReviewFixture.PROJECT).size();

        page.press("s");
        page.waitUntil("told why", () -> page.text("message").contains("is finalized"));
        assertThat(page.text("message")).doesNotContain("Not saved");
        page.press("x");
        page.press("u");
        assertThat(new ReviewChoiceRepository(fx.store).all(ReviewFixture.PROJECT)).hasSize(rows);
        assertThat(page.text("set-choice")).isEqualTo("no choice yet");
        assertThat(page.visible("finalized")).isTrue();
        assertThat(page.text("finalized")).contains("Next batch (N)");

        page.press("n");
        page.waitUntil("next batch", () -> page.text("done").equals("done 0/1"));
        assertThat(page.shownSet()).isEqualTo(fx.sets.get(1).id());
        assertThat(page.visible("finalized")).isFalse();
    }

    @Test
    void undoRemovesTheDecisionsItUndidFromTheStoreTheStatsAndTheLogs(@TempDir Path tmp) throws Exception {
        open(tmp, Reviewer.Options.defaults(), 4, 3);
        StageSet s0 = fx.sets.get(0), s1 = fx.sets.get(1);
        page.press("f");
        page.press("x");
        page.waitUntil("both saved", () -> page.text("done").equals("done 2/2"));
        page.press("u");                                   // U: the rejection is taken back
        page.waitUntil("undone", () -> page.text("done").equals("done 1/2"));
        assertThat(current()).containsOnlyKeys(s0.id());
        assertThat(new Reviewer(fx.store).stats(ReviewFixture.PROJECT).totals().decisions()).isEqualTo(1);

        page.press("s");
        page.pressShift(Keys.ENTER);
        page.waitUntil("summary", () -> page.visible("summary"));
        page.press("y");
        page.waitUntil("finalized", () -> page.text("summary-note").startsWith("Done"));
        DecisionRepository decisions = new DecisionRepository(fx.store);
        assertThat(decisions.forProject(ReviewFixture.PROJECT)).extracting(Decision::setId)
                .containsExactlyInAnyOrder(s0.id(), s1.id());

        Reviewer.UndoResult undo = new Reviewer(fx.store).undo(null);   // `winnow undo`
        assertThat(undo.complete()).isTrue();
        assertThat(undo.decisionsWithdrawn()).isEqualTo(2);
        assertThat(decisions.forProject(ReviewFixture.PROJECT)).as("nothing left for the next training run").isEmpty();
        assertThat(new Reviewer(fx.store).stats(ReviewFixture.PROJECT).totals().decisions()).isZero();
        Path logs = fx.home.resolve("logs");
        assertThat(Files.readAllLines(logs.resolve(ReviewCsvLog.UNDO_LOG))).hasSize(1 + 2);

        // The logs stay append-only; importing them honours the reversal records beside them.
        ImportReport again = new HistoryImporter(fx.store).importLogs(
                List.of(logs.resolve(ReviewCsvLog.SELECTION_LOG), logs.resolve(ReviewCsvLog.CROP_LOG)), ReviewFixture.PROJECT);
        assertThat(again.imported()).isZero();
        assertThat(again.files()).extracting(LogFileReport::reversed).containsExactly(2, 1);
        assertThat(again.rejected()).isEmpty();

        // A copy of the logs imported before the undo log is taken back when the undo log follows.
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(logs.resolve(ReviewCsvLog.SELECTION_LOG), copy.resolve(ReviewCsvLog.SELECTION_LOG));
        assertThat(new HistoryImporter(fx.store).importLogs(List.of(copy.resolve(ReviewCsvLog.SELECTION_LOG)),
                ReviewFixture.PROJECT).imported()).isEqualTo(2);
        ImportReport reversal = new HistoryImporter(fx.store).importLogs(List.of(logs.resolve(ReviewCsvLog.UNDO_LOG)), null);
        assertThat(reversal.files().get(0).reversed()).isEqualTo(2);
        assertThat(decisions.forProject(ReviewFixture.PROJECT)).isEmpty();
    }

    /** A leave-one-project-out report as `winnow eval` leaves it, whose curve held this project out. */
    private static void heldOutReport(Path home) throws Exception {
        double[] stages = {1, 2, 3};
        List<PickOutcome> outcomes = List.of(
                new PickOutcome(ReviewFixture.PROJECT, 1, stages, 2, new double[3], 2, 0.99),
                new PickOutcome(ReviewFixture.PROJECT, 2, stages, 1, new double[3], 1, 0.93),
                new PickOutcome(ReviewFixture.PROJECT, 3, stages, 1, new double[3], 2, 0.91),
                new PickOutcome(ReviewFixture.PROJECT, 4, stages, 2, new double[3], 2, 0.75),
                new PickOutcome(ReviewFixture.PROJECT, 5, stages, 2, new double[3], 1, 0.40));
        Path dir = Files.createDirectories(home.resolve("reports").resolve("eval-project-20250101-000000"));
        JsonFiles.write(dir.resolve("report.json"), Map.of("holdout", "leave-one-project-out", "createdAt", "2025-01-01T00:00:00Z",
                "autoAccept", AutoAcceptCurve.of(outcomes)));
    }

    private List<Long> listed() {
        return browser.findElements(By.cssSelector("#auto-list li")).stream()
                .map(li -> Long.parseLong(li.getAttribute("data-set-id"))).toList();
    }

    private Map<Long, ReviewChoiceRow> current() {
        ReviewBatchRow b = new ReviewBatchRepository(fx.store).forProject(ReviewFixture.PROJECT).get(0);
        return new ReviewChoiceRepository(fx.store).current(b.id());
    }

    private static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }
}
