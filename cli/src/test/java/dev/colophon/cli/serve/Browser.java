package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}). Both are named to Selenium explicitly, so Selenium Manager never runs and nothing
 * is downloaded. Without them the calling test is skipped, or fails when {@code COLOPHON_REQUIRE_BROWSER=1}.
 */
final class Browser implements AutoCloseable {

    static final String REQUIRE = "COLOPHON_REQUIRE_BROWSER";
    /** Generous: a rebuild plus a reload on a loaded two-core machine; only a failure waits this long. */
    static final Duration WAIT = Duration.ofSeconds(15);

    /**
     * Records every EventSource a page opens, before the page's own scripts run: the test can then wait for
     * the live-reload script to be connected instead of sleeping, since an event sent earlier is lost.
     */
    private static final String RECORD_EVENT_SOURCES = """
            (function () {
              var Original = window.EventSource;
              window.__eventSources = [];
              window.EventSource = function (url, options) {
                var source = new Original(url, options);
                window.__eventSources.push(source);
                return source;
              };
              window.EventSource.prototype = Original.prototype;
            })();
            """;

    final ChromeDriver chrome;
    private final Path screenshots;

    private Browser(ChromeDriver chrome, Path screenshots) {
        this.chrome = chrome;
        this.screenshots = screenshots;
    }

    /** Starts Chromium, or skips the test (fails it when a browser is required) if none is installed. */
    static Browser open() throws IOException {
        Path driver = onPath("chromedriver");
        Path chromium = onPath("chromium");
        if (chromium == null) {
            chromium = onPath("chromium-browser");
        }
        if (driver == null || chromium == null) {
            String missing = (driver == null ? "no chromedriver" : "no chromium") + " on the PATH";
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(missing + ", and " + REQUIRE + "=1 requires a browser (Debian: apt-get install chromium"
                        + " chromium-driver)");
            }
            Assumptions.abort(missing + ": the browser test is skipped (Debian: apt-get install chromium"
                    + " chromium-driver; set " + REQUIRE + "=1 to fail instead)");
        }
        Path screenshots = Path.of(System.getProperty("basedir", ".")).resolve("target/browser");
        Files.createDirectories(screenshots);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogFile(screenshots.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start; /dev/shm is small in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions");
        ChromeDriver chrome = new ChromeDriver(service, options);
        try {
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_EVENT_SOURCES));
            return new Browser(chrome, screenshots);
        } catch (RuntimeException e) {
            chrome.quit();
            throw e;
        }
    }

    /** Waits until the page's live-reload events stream is open: a change saved from now on reaches it. */
    void awaitListening() {
        // 1 is EventSource.OPEN (the wrapper above does not carry the constants).
        until("the live-reload events stream to open", () -> Boolean.TRUE.equals(chrome.executeScript(
                "return window.__eventSources.some(function (s) { return s.readyState === 1; })")));
    }

    /**
     * Polls {@code condition} until it holds, for at most {@link #WAIT}. A page that is reloading may answer
     * with a driver error (no such element, a stale one): that counts as "not yet".
     */
    void until(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        WebDriverException last = null;
        while (System.nanoTime() < end) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            RunningServer.sleep(50);
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what, last);
    }

    /** From now on the page is seen as on a phone: 390×844 CSS pixels at twice the density, viewport meta honoured. */
    void phone() {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Saves what the browser shows now as {@code target/browser/NAME}, for a person to look at. */
    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
    }

    /** The executable {@code name} in a folder of the PATH, or null. */
    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void close() {
        chrome.quit();
    }
}
