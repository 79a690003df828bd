package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.ChangeFeatures;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.predict.ChangeEvidence;
import dev.winnow.learn.predict.ReasonWriter;
import dev.winnow.learn.predict.StrongestChangeRegion;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the reviewer says a break is, checked on the screen of a real headless Chromium against a break planted
 * in the highest stage of a real set (change strip and features made by the embed pipeline).
 */
class ReviewWhereBrowserTest extends BrowserTestBase {
    /** One coarse tile of the change map (16 along the long side): how far the map itself blurs a break. */
    private static final double TILE = 1.0 / 11;

    @Test
    void eachMembersHeatmapPanelShowsTheChangeOverThePlantedBreakUnderLetterboxingAndResizing(@TempDir Path tmp) throws Exception {
        fx = ReviewFixture.createWithArtifact(tmp);
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults());
        page.open(server);
        page.press("h");
        StageSet set = fx.sets.get(0);
        CropBox near = grow(ReviewFixture.ARTIFACT, TILE);
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(1800, 520))) {
            browser.manage().window().setSize(size);
            page.waitUntil("heatmaps drawn at " + size, () -> (Boolean) page.js("""
                    return [...document.querySelectorAll('#members .member:not([hidden]) img.heatmap')]
                      .every(i => i.complete && i.naturalWidth > 0 && i.offsetWidth > 0);"""));
            Thread.sleep(200); // one more frame for the layout after the resize
            BufferedImage screen = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
            for (ImageFile m : set.members()) {
                double[] red = red(screen, renderedRect(m.id()), near);
                assertThat(red[0]).as("red pixels on %s at %s", m.stageLabel(), size).isGreaterThan(50);
                assertThat(red[1] / red[0]).as("share of the red on %s at %s that lies over the break %s", m.stageLabel(),
                        size, ReviewFixture.ARTIFACT).isGreaterThan(0.9);
            }
        }
    }

    @Test
    void theBlamedBoxSitsOnTheBrokenStageOverThePlantedBreakAndTheReasonSaysSoInPlainWords(@TempDir Path tmp) throws Exception {
        fx = ReviewFixture.createWithArtifact(tmp);
        StageSet set = fx.sets.get(0);
        SetExample example = fx.asExample(set);
        int pick = 2;                                       // the models kept stage 2 over the broken stage 3
        ChangeEvidence evidence = new StrongestChangeRegion(fx.changeNames(set)).of(example, pick);
        new PredictionRepository(fx.store).save(new PredictionRow(set.id(), set.members().get(pick).id(), 0.88, 0.91, null,
                ReasonWriter.sentence(example, pick, evidence), "r", "a", "c", Map.of(), null,
                set.members().get(evidence.member()).id(), evidence.region()));
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults());
        page.open(server);

        WebElement box = browser.findElement(By.cssSelector("#members .member[data-file-id='" + set.highest().id() + "'] .blame-box"));
        page.waitUntil("box drawn", box::isDisplayed);
        assertThat(browser.findElements(By.cssSelector(".blame-box.shown"))).as("on the broken stage only").hasSize(1);
        double[] img = renderedRect(set.highest().id());
        org.openqa.selenium.Rectangle r = box.getRect();
        CropBox drawn = new CropBox((r.x - img[0]) / img[2], (r.y - img[1]) / img[3], (r.x + r.width - img[0]) / img[2],
                (r.y + r.height - img[1]) / img[3]);
        CropBox a = ReviewFixture.ARTIFACT;
        assertThat(drawn.x1() < a.centerX() && a.centerX() < drawn.x2() && drawn.y1() < a.centerY() && a.centerY() < drawn.y2())
                .as("the box %s on the screen covers the centre of the planted break %s", drawn, a).isTrue();
        assertThat(drawn.iou(a)).as("box %s against the break %s", drawn, a).isGreaterThan(0.3);

        String reason = page.text("set-reason");
        assertThat(reason).startsWith("stage 3 changed").endsWith("; kept stage 2");
        for (String f : ChangeFeatures.names()) {
            if (f.contains("_")) assertThat(reason).doesNotContain(f).doesNotContain(f.replace('_', ' '));
        }
        String head = page.text("set-head") + " " + reason;
        assertThat(head.chars().filter(c -> c == '%').count()).as("one confidence figure: %s", head).isEqualTo(1);
        assertThat(page.text("set-ai")).isEqualTo("AI keeps stage 2 · 88%");
        assertThat(browser.findElement(By.id("set-ai")).getAttribute("title")).contains("Confidence");
        assertThat(page.text("set-head")).doesNotContain("member");
        assertThat(browser.findElements(By.cssSelector("#members figcaption .stage-label"))).extracting(WebElement::getText)
                .containsExactly("stage 1", "stage 1.5", "stage 2", "stage 3");
    }

    @Test
    void theNearestPastSetsOfTheCuratorsOtherProjectsAreShownWithWhatWasKeptAndOpen(@TempDir Path tmp) throws Exception {
        fx = ReviewFixture.createWithArtifact(tmp);
        // The curator's other project: two sets broken like this one (stage 2 kept) and one whose stage 3 was fine.
        List<StageSet> past = fx.addPastProject("past1", true, false, true);
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults());
        page.open(server);

        assertThat(page.text("past-text"))
                .isEqualTo("In 2 of 3 sets of your other projects that changed like this (stage 2→3) you kept a lower stage:");
        List<WebElement> shown = browser.findElements(By.cssSelector("#past-sets button.past-set"));
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0).getText()).as("the nearest is a set broken alike").isEqualTo("kept stage 2");
        assertThat(shown.get(2).getText()).as("the one that changed least alike comes last").isEqualTo("kept stage 3 (highest)");
        page.waitUntil("thumbnails of another project load", () -> (Boolean) page.js(
                "return [...document.querySelectorAll('#past-sets img')].every(i => i.complete && i.naturalWidth > 0);"));

        shown.get(0).click();
        page.waitUntil("past set opened", () -> page.visible("past-view"));
        assertThat(page.text("past-title")).isEqualTo("past1: you kept stage 2");
        List<WebElement> members = browser.findElements(By.cssSelector("#past-members .past-member"));
        assertThat(members).hasSize(4);
        assertThat(members.get(2).getAttribute("class")).contains("kept");
        long opened = Long.parseLong(shown.get(0).getAttribute("data-set-id"));
        assertThat(List.of(past.get(0).id(), past.get(2).id())).contains(opened);
        page.waitUntil("its members load", () -> (Boolean) page.js(
                "return [...document.querySelectorAll('#past-members img')].every(i => i.complete && i.naturalWidth > 0);"));
        page.press(org.openqa.selenium.Keys.ESCAPE);
        assertThat(page.visible("past-view")).isFalse();
    }

    /** The image's rendered rectangle on the page (inside its letterboxed frame), in screen pixels: {x, y, w, h}. */
    private double[] renderedRect(long fileId) {
        WebElement fig = browser.findElement(By.cssSelector("#members .member[data-file-id='" + fileId + "']"));
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.js("""
                const img = arguments[0].querySelector('img.thumb'), f = arguments[0].querySelector('.frame');
                const r = img.getBoundingClientRect();
                const nw = +f.dataset.w, nh = +f.dataset.h, s = Math.min(r.width / nw, r.height / nh);
                return {x: r.left + (r.width - nw * s) / 2, y: r.top + (r.height - nh * s) / 2, w: nw * s, h: nh * s};""", fig);
        return new double[] {num(m, "x"), num(m, "y"), num(m, "w"), num(m, "h")};
    }

    /** How many clearly red pixels the rectangle holds, and how many of them lie in {@code near} (normalized to it). */
    private static double[] red(BufferedImage screen, double[] r, CropBox near) {
        int n = 0, inside = 0;
        for (int y = (int) Math.ceil(r[1]); y < (int) (r[1] + r[3]) && y < screen.getHeight(); y++) {
            for (int x = (int) Math.ceil(r[0]); x < (int) (r[0] + r[2]) && x < screen.getWidth(); x++) {
                int p = screen.getRGB(x, y), red = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                if (red - Math.max(g, b) > 90) {
                    double nx = (x - r[0]) / r[2], ny = (y - r[1]) / r[3];
                    n++;
                    if (near.x1() <= nx && nx <= near.x2() && near.y1() <= ny && ny <= near.y2()) inside++;
                }
            }
        }
        return new double[] {n, inside};
    }

    private static CropBox grow(CropBox b, double by) {
        return new CropBox(b.x1() - by, b.y1() - by, b.x2() + by, b.y2() + by);
    }

    private static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }
}
