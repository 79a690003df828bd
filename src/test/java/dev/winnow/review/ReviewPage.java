package dev.winnow.review;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The reviewer page in a real browser, as the tests read and drive it. */
final class ReviewPage {
    final ChromeDriver browser;

    ReviewPage(ChromeDriver browser) {
        this.browser = browser;
    }

    ReviewPage open(ReviewServer server) {
        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.get(server.url().toString());
        waitUntil("page ready", () -> "1".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        return this;
    }

    long shownSet() {
        String v = browser.findElement(By.id("stage")).getAttribute("data-set-id");
        return v == null || v.isEmpty() ? -1 : Long.parseLong(v);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    boolean visible(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    void pressShift(CharSequence key) {
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    void waitUntil(String what, BooleanSupplier cond) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(d -> cond.getAsBoolean());
    }
}
