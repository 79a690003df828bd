package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The reviewer in real headless Chromium: keys, crop overlay geometry, crop editor, undo and finalize. */
class ReviewBrowserTest extends BrowserTestBase {
    private void open(Path tmp, int... sizes) throws Exception {
        fx = ReviewFixture.create(tmp, sizes).withPredictions().withThumbnailAndHeatmap();
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults().withOrder(ReviewOrder.TIME));
        page.open(server);
    }

    @Test
    void keyboardChoosesRejectsGoesBackAndUndoesWithProgressInTheHeader(@TempDir Path tmp) throws Exception {
        open(tmp, 4, 3, 4, 2);
        assertThat(text("done")).isEqualTo("done 0/4");
        assertThat(browser.findElements(By.cssSelector(".member.chosen"))).as("nothing pre-selected").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ai-badge:not([hidden])"))).hasSize(1);

        press("f");                           // set 1: the AI's pick (top stage, 4th from the left) with its crop
        waitUntil("set 2 shown", () -> shownSet() == fx.sets.get(1).id());
        press("a");                           // set 2 (no model): member 1, no crop
        press("x");                           // set 3: reject all
        waitUntil("three saved", () -> text("done").equals("done 3/4"));
        assertThat(text("agreement")).isEqualTo("AI agreement 1/2 (50%)");

        Map<Long, ReviewChoiceRow> current = new ReviewChoiceRepository(fx.store).current(batch().id());
        ReviewChoiceRow first = current.get(fx.sets.get(0).id());
        assertThat(first.fileId()).isEqualTo(fx.sets.get(0).highest().id());
        assertThat(first.crop()).isEqualTo(ReviewFixture.AI_CROP);
        assertThat(first.cropSource()).isEqualTo("ai");
        assertThat(first.aiAgreed()).isTrue();
        ReviewChoiceRow second = current.get(fx.sets.get(1).id());
        assertThat(second.fileId()).isEqualTo(fx.sets.get(1).members().get(0).id());
        assertThat(second.crop()).isNull();
        assertThat(second.aiAgreed()).as("no model for set 2").isNull();
        assertThat(current.get(fx.sets.get(2).id()).rejectsAll()).isTrue();

        press(Keys.ARROW_UP);
        waitUntil("back on set 3", () -> shownSet() == fx.sets.get(2).id());
        assertThat(browser.findElement(By.id("set-choice")).getText()).contains("rejected");

        press("u");                            // undo the rejection: back to no choice on set 3
        waitUntil("undone", () -> text("done").equals("done 2/4"));
        assertThat(shownSet()).isEqualTo(fx.sets.get(2).id());
        assertThat(new ReviewChoiceRepository(fx.store).current(batch().id())).doesNotContainKey(fx.sets.get(2).id());

        press(Keys.ENTER);
        waitUntil("next", () -> shownSet() == fx.sets.get(3).id());
        press("?");
        assertThat(browser.findElement(By.id("help")).isDisplayed()).isTrue();
        press(Keys.ESCAPE);
        assertThat(browser.findElement(By.id("help")).isDisplayed()).isFalse();
    }

    @Test
    void cropOverlayCoversTheCropOfTheRenderedImageUnderLetterboxingAndResizes(@TempDir Path tmp) throws Exception {
        open(tmp, 4, 2);
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(700, 1000), new Dimension(1800, 500))) {
            browser.manage().window().setSize(size);
            waitUntil("overlay matches at " + size, () -> overlayError() < 1.5);
        }
        // the overlay follows the toggle
        press("c");
        assertThat(browser.findElements(By.cssSelector(".crop-overlay.shown"))).isEmpty();
        press("c");
        assertThat(browser.findElements(By.cssSelector(".crop-overlay.shown"))).hasSize(4);
    }

    /** Largest distance (px) between each overlay's rect and the AI crop of its image's rendered (letterboxed) rect. */
    private double overlayError() {
        double worst = 0;
        List<WebElement> figures = browser.findElements(By.cssSelector("#members .member"));
        if (figures.isEmpty()) return Double.MAX_VALUE;
        for (WebElement fig : figures) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) js("""
                    const img = arguments[0].querySelector('img.thumb'), o = arguments[0].querySelector('.crop-overlay');
                    if (!img.complete || !img.naturalWidth || !o) return null;
                    const r = img.getBoundingClientRect(), q = o.getBoundingClientRect();
                    return {l: r.left, t: r.top, w: r.width, h: r.height, nw: img.naturalWidth, nh: img.naturalHeight,
                            ol: q.left, ot: q.top, ow: q.width, oh: q.height};""", fig);
            if (m == null) return Double.MAX_VALUE;
            double w = d(m, "w"), h = d(m, "h"), s = Math.min(w / d(m, "nw"), h / d(m, "nh"));
            double rw = d(m, "nw") * s, rh = d(m, "nh") * s;
            double left = d(m, "l") + (w - rw) / 2, top = d(m, "t") + (h - rh) / 2;
            CropBox c = ReviewFixture.AI_CROP;
            worst = Math.max(worst, Math.abs(d(m, "ol") - (left + c.x1() * rw)));
            worst = Math.max(worst, Math.abs(d(m, "ot") - (top + c.y1() * rh)));
            worst = Math.max(worst, Math.abs(d(m, "ow") - c.width() * rw));
            worst = Math.max(worst, Math.abs(d(m, "oh") - c.height() * rh));
        }
        return worst;
    }

    @Test
    void cropEditorKeepsTheAspectAndRecordsTheDrawnCrop(@TempDir Path tmp) throws Exception {
        open(tmp, 4, 3);
        press("w");                                       // member 2, draw the crop
        waitUntil("editor open", () -> browser.findElement(By.id("editor")).isDisplayed());
        WebElement handle = browser.findElement(By.cssSelector("#editor-box .handle.se"));
        new Actions(browser).clickAndHold(handle).moveByOffset(-80, -80).release().perform();
        press(Keys.ARROW_RIGHT);                           // nudge right by 1%
        press(Keys.ENTER);
        waitUntil("saved", () -> text("done").equals("done 1/2"));
        ReviewChoiceRow c = new ReviewChoiceRepository(fx.store).current(batch().id()).get(fx.sets.get(0).id());
        assertThat(c.fileId()).isEqualTo(fx.sets.get(0).members().get(1).id());
        assertThat(c.cropSource()).isEqualTo("editor");
        assertThat(c.crop().width()).as("aspect kept: square in normalized units").isCloseTo(c.crop().height(), within(1e-9));
        assertThat(c.crop().width()).as("the drag shrank the box").isLessThan(0.6 - 0.05);
        assertThat(c.crop().insideUnit(0)).isTrue();
        assertThat(c.crop().x1()).as("top-left corner stayed, then moved right by 1%").isCloseTo(0.11, within(1e-6));
        assertThat(c.crop().y1()).isCloseTo(0.05, within(1e-6));

        press(Keys.ARROW_UP);
        press("q");                                       // Esc leaves the set as it was
        waitUntil("editor open", () -> browser.findElement(By.id("editor")).isDisplayed());
        press(Keys.ESCAPE);
        assertThat(browser.findElement(By.id("editor")).isDisplayed()).isFalse();
        assertThat(new ReviewChoiceRepository(fx.store).current(batch().id()).get(fx.sets.get(0).id()).id()).isEqualTo(c.id());
    }

    @Test
    void finalizeShowsASummaryThenMovesTheFiles(@TempDir Path tmp) throws Exception {
        open(tmp, 4, 3, 2);
        press("f");      // set 1: top stage with the AI crop
        press("s");      // set 2: member 2
        waitUntil("saved", () -> text("done").equals("done 2/3"));
        page.pressShift(Keys.ENTER);
        waitUntil("summary", () -> browser.findElement(By.id("summary")).isDisplayed());
        String summary = browser.findElement(By.id("summary-table")).getText();
        assertThat(summary).contains("Chosen by you, uncropped 1").contains("Chosen by you and cropped 1").contains("Sets you rejected 0")
                .contains("Auto-accepted (the AI's pick) 0")
                .contains("Sets left without a choice (stay where they are) 1");
        press("y");
        waitUntil("finalized", () -> browser.findElement(By.id("summary-note")).getText().startsWith("Done"));

        String chosen2 = fx.sets.get(1).members().get(1).name();
        assertThat(fx.root.resolve("__selected").resolve(chosen2)).exists();
        assertThat(fx.root.resolve("__cropped").resolve(fx.sets.get(0).highest().name())).exists();
        assertThat(fx.root.resolve("__crop_originals").resolve(fx.sets.get(0).highest().name())).exists();
        for (var f : fx.sets.get(2).members()) assertThat(fx.root.resolve(f.relPath())).as("undecided stays").exists();
        assertThat(batch().state()).isEqualTo("finalized");

        press("n");       // next batch: the set left without a choice comes back
        waitUntil("next batch", () -> text("done").equals("done 0/1"));
        assertThat(shownSet()).isEqualTo(fx.sets.get(2).id());
    }

    private ReviewBatchRow batch() {
        return new ReviewBatchRepository(fx.store).forProject(ReviewFixture.PROJECT).get(0);
    }

    private long shownSet() {
        return page.shownSet();
    }

    private String text(String id) {
        return page.text(id);
    }

    private void press(CharSequence key) {
        page.press(key);
    }

    private Object js(String script, Object... args) {
        return page.js(script, args);
    }

    private static double d(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier cond) {
        page.waitUntil(what, cond);
    }
}
