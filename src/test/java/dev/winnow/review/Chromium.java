package dev.winnow.review;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Headless Debian Chromium driven by Selenium, with nothing downloaded: the driver path is given, so Selenium
 * Manager never runs (SE_OFFLINE is set as a backstop). Tests skip, saying why, only when Chromium is absent.
 */
final class Chromium {
    static final Path BINARY = Path.of(System.getProperty("winnow.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("winnow.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start(Path profile) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "browser tests skipped: no Chromium at " + BINARY + " / chromedriver at " + DRIVER
                        + " (install Debian's chromium and chromium-driver, as .ci/run does)");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BINARY.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath(), "--window-size=1400,900",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }
}
