package dev.winnow.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;

/**
 * One headless Chromium per test class (starting one costs more than a test), and per test a fixture and a
 * reviewer server that are closed after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
    ChromeDriver browser;
    ReviewPage page;
    ReviewFixture fx;
    ReviewServer server;

    @BeforeAll
    void startBrowser(@TempDir Path profile) throws Exception {
        browser = Chromium.start(profile);
        page = new ReviewPage(browser);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @AfterEach
    void stopServer() {
        if (server != null) server.close();
        if (fx != null) fx.close();
        server = null;
        fx = null;
    }
}
