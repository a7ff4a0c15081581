package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.NastyText;
import dev.colophon.testkit.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a title holds, the default theme shows it as text: no {@code <} of a title reaches any HTML page as
 * markup, in the heading, {@code <title>}, meta tags, JSON-LD, lists, tag pages or neighbours' links. Random
 * titles from {@link NastyText}, ~200 posts in one build.
 */
class NastyTitlesTest {

    private static final int POSTS = 200;
    /** The marker every title carries, numbered; raw, it would be an element in the page. */
    private static final Pattern RAW_MARKER = Pattern.compile("<x-ID(\\d{3})>");

    @TempDir
    Path temp;

    @Test
    void noTitleBecomesMarkupInAnyPage() throws IOException {
        NastyText nasty = NastyText.seeded();
        TestSite site = TestSite.in(temp).file("_config.yml", "url: https://example.org\ntitle: "
                + NastyText.yamlQuoted(nasty.text(1, 4) + " <x-ID999> " + nasty.text(1, 4)) + "\npaginate: 10\n");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String title = nasty.text(0, 5) + " " + marker(i) + " " + nasty.text(0, 5);
            titles.add(title);
            // Each tag starts with its own id, so every post has a tag page of its own to look at (tags that
            // slug alike share one page).
            site.file(String.format("_posts/2020-01-01-post-%03d.md", i), "---\ntitle: " + NastyText.yamlQuoted(title)
                    + String.format("%ndate: 2020-01-01 %02d:%02d:00 +0000%n", i / 60, i % 60)
                    + "tags: [" + NastyText.yamlQuoted(String.format("t%03d ", i) + nasty.text(1, 3)) + "]\n"
                    + "---\nBody of post " + i + ".\n");
        }
        try {
            site.build();
        } catch (BuildFailedException e) {
            throw new AssertionError(nasty.replay() + ": the build failed: " + e.errors(), e);
        }

        List<String> pages = site.outputs().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.size() > POSTS * 2, () -> "posts, tag pages and home pages: " + pages);
        for (String page : pages) {
            String html = site.output(page);
            for (int c = 0; c < html.length(); c++) {
                char ch = html.charAt(c);
                boolean control = ch < 0x20 ? "\t\n\f\r".indexOf(ch) < 0 : ch >= 0x7F && ch <= 0x9F;
                if (control) {
                    throw new AssertionError(nasty.replay() + ": " + page + " has the control character U+"
                            + String.format("%04X", (int) ch) + ", which HTML forbids");
                }
            }
            Matcher raw = RAW_MARKER.matcher(html);
            if (raw.find()) {
                int at = raw.start();
                String title = raw.group(1).equals("999") ? "the site's title" : titles.get(Integer.parseInt(raw.group(1)));
                throw new AssertionError(nasty.replay() + ": " + page + " has the title " + escapeForMessage(title)
                        + " as markup: …" + escapeForMessage(html.substring(Math.max(0, at - 120),
                                Math.min(html.length(), at + 60))) + "…");
            }
        }
        for (int i = 0; i < POSTS; i++) {
            String page = String.format("2020/01/01/post-%03d.html", i);
            String html = site.output(page);
            String escaped = "&lt;x-ID" + String.format("%03d", i) + "&gt;";
            int n = i;
            assertTrue(html.contains(escaped), () -> nasty.replay() + ": " + page + " does not show its title "
                    + escapeForMessage(titles.get(n)) + " as text");
        }
    }

    private static String marker(int i) {
        return String.format("<x-ID%03d>", i);
    }

    /** Characters that do not print, as escapes, so a failure message shows what was there. */
    private static String escapeForMessage(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate((char) c) || c >= 0xFFFE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
