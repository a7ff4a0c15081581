package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code colophon serve} as an author sees it, in Debian's headless Chromium driven through its chromedriver,
 * on a site under a baseurl: an edit reloads the open page, a stylesheet is swapped in place (no reload), a
 * broken page shows an overlay naming {@code file:line:col} over the last good one, and its fix takes the
 * overlay away (with a reload when the open page is the one fixed). Screenshots at desktop and phone width go
 * to {@code target/browser/} for a person to look at.
 *
 * <p>Skipped when no Chromium is installed, unless {@code COLOPHON_REQUIRE_BROWSER=1} (CI sets it).
 */
class BrowserLiveReloadTest {

    private static final String POST = "_posts/2021-03-26-notes-from-the-field-on-live-reloading.md";
    private static final String PAGE = "/2021/03/26/notes-from-the-field-on-live-reloading.html";
    private static final String ABOUT = "about.md";
    /** The id of the live-reload script's error overlay. */
    private static final String OVERLAY = "__colophon-errors";
    private static final String NAVY = "rgb(0, 0, 128)";

    @TempDir
    Path site;

    @Test
    void anEditALiveReloadACssSwapAnErrorOverlayAndItsFix() throws Exception {
        try (Browser browser = Browser.open()) {
            blog();
            serveAndEdit(browser);
        }
    }

    private void serveAndEdit(Browser browser) throws Exception {
        try (RunningServer server = new RunningServer("-s", site.toString())) {
            ChromeDriver chrome = browser.chrome;
            chrome.manage().window().setSize(new Dimension(1280, 900));
            chrome.get(server.url.resolve(PAGE.substring(1)).toString());
            assertTrue(chrome.getCurrentUrl().endsWith("/notes" + PAGE), chrome.getCurrentUrl());
            assertEquals("The first version of this post.", article(chrome));
            assertTrue(number(chrome, "window.innerWidth") >= 1000, "not a desktop width");
            browser.screenshot("serve-desktop.png");

            // An edit: the page reloads by itself (the marker goes with the old document) and shows the new text.
            browser.awaitListening();
            chrome.executeScript("window.__marker = 1");
            write(POST, post("The second version, saved in an editor."));
            browser.until("the page to reload with the edit",
                    () -> article(chrome).equals("The second version, saved in an editor."));
            assertEquals(null, chrome.executeScript("return window.__marker"), "the page was not reloaded");

            // A stylesheet edit: the new colour applies, and the marker shows the page was not reloaded.
            browser.awaitListening();
            chrome.executeScript("window.__marker = 1");
            assertEquals("rgb(0, 0, 0)", color(chrome));
            write("assets/site.css", css("navy"));
            browser.until("the new stylesheet to apply", () -> color(chrome).equals(NAVY));
            assertEquals(1L, chrome.executeScript("return window.__marker"), "the page reloaded for a stylesheet");
            browser.until("the old stylesheet to go",
                    () -> chrome.findElements(By.cssSelector("link[rel=stylesheet]")).size() == 1);

            // Another page broken: this page stays, under the overlay; its fix takes the overlay away, no reload
            // needed since this page did not change.
            write(ABOUT, about("About {% if true %} never closed."));
            WebElement overlay = awaitOverlay(browser);
            assertTrue(overlay.getText().contains(ABOUT + ":5:7: error: "), overlay.getText());
            write(ABOUT, about("About this blog."));
            browser.until("the overlay to go", () -> chrome.findElements(By.id(OVERLAY)).isEmpty());
            assertEquals(1L, chrome.executeScript("return window.__marker"), "reloaded, yet this page did not change");

            // A broken post: the last good page stays, under an overlay naming the file, line and column.
            write(POST, post("Broken {% if %} here."));
            overlay = awaitOverlay(browser);
            assertTrue(overlay.getText().contains(POST + ":5:8: error: "), overlay.getText());
            assertEquals(1L, chrome.executeScript("return window.__marker"), "the page reloaded for a failed build");
            browser.screenshot("serve-error-desktop.png");

            // At phone width the overlay still fits: its text wraps, nothing scrolls sideways.
            browser.phone();
            assertTrue(number(chrome, "window.innerWidth") <= 400, "not a phone width");
            assertTrue(chrome.findElement(By.id(OVERLAY)).isDisplayed());
            String element = "document.getElementById('" + OVERLAY + "')";
            assertTrue(number(chrome, element + ".scrollWidth") <= number(chrome, element + ".clientWidth"),
                    "the overlay scrolls sideways at phone width");
            browser.screenshot("serve-error-phone.png");

            // The fix: the overlay goes and the page shows the fixed text.
            write(POST, post("Fixed, and saved again."));
            browser.until("the fixed page without the overlay", () -> chrome.findElements(By.id(OVERLAY)).isEmpty()
                    && article(chrome).equals("Fixed, and saved again."));
            // Still styled by the swapped stylesheet, at phone width: nothing wider than the screen.
            assertEquals(NAVY, color(chrome));
            assertTrue(number(chrome, "document.documentElement.scrollWidth") <= number(chrome, "window.innerWidth"),
                    "the page scrolls sideways at phone width");
            browser.screenshot("serve-phone.png");
        }
    }

    private void blog() throws IOException {
        // Under a baseurl, as a GitHub Pages project site is: the script's paths must carry it.
        write("_config.yml", "title: Field Notes\nurl: https://example.org\nbaseurl: /notes\n");
        write("_layouts/post.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>{{ page.title }} · {{ site.title }}</title>
                  <link rel="stylesheet" href="{{ '/assets/site.css' | relative_url }}">
                </head>
                <body>
                  <header><a href="{{ '/' | relative_url }}">{{ site.title }}</a></header>
                  <main><h1>{{ page.title }}</h1><article>{{ content }}</article></main>
                </body>
                </html>
                """);
        write(POST, post("The first version of this post."));
        write("assets/site.css", css("black"));
        write(ABOUT, about("About this blog."));
    }

    /** Four lines of front matter, so the body is line 5 of the file. */
    private static String post(String body) {
        return "---\nlayout: post\ntitle: Hello\n---\n" + body + "\n";
    }

    private static String about(String body) {
        return "---\ntitle: About\npermalink: /about/\n---\n" + body + "\n";
    }

    private static String css(String color) {
        return "body { color: " + color + "; font: 18px/1.6 Georgia, serif; margin: 0 auto; max-width: 40em;"
                + " padding: 1em; }\n";
    }

    private void write(String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    private static WebElement awaitOverlay(Browser browser) {
        ChromeDriver chrome = browser.chrome;
        browser.until("the error overlay", () -> !chrome.findElements(By.id(OVERLAY)).isEmpty()
                && chrome.findElement(By.id(OVERLAY)).isDisplayed());
        return chrome.findElement(By.id(OVERLAY));
    }

    private static String article(ChromeDriver chrome) {
        return chrome.findElement(By.tagName("article")).getText();
    }

    private static String color(ChromeDriver chrome) {
        return (String) chrome.executeScript("return getComputedStyle(document.body).color");
    }

    private static long number(ChromeDriver chrome, String expression) {
        return ((Number) chrome.executeScript("return " + expression)).longValue();
    }
}
