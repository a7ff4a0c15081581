package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe mode against script in front matter: classic filter-evasion payloads (after OWASP's XSS Filter
 * Evasion Cheat Sheet) in every front matter key the built-in theme and the built-in plugins print, one
 * post per payload, built with {@code --safe}; every page, feed and JSON file written must then hold no
 * executable markup, as a browser's parser reads it (see {@link ExecutableMarkup}).
 */
class SafeModeXssTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java&#x09;script:alert(1)",
            "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<svg onload=alert(1)>",
            "<svg/onload=alert(1)>",
            "<BODY ONLOAD=alert('XSS')>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\"><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "<iframe src=javascript:alert(1)>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
            "<object data=\"javascript:alert(1)\">",
            "<embed src=\"data:text/html,<script>alert(1)</script>\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<form action=javascript:alert(1)><input type=submit>",
            "<button formaction=javascript:alert(1)>x",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
            "'\"--></style></script><script>alert(1)</script>");

    @TempDir
    Path temp;

    private static BuildOptions safe() {
        return TestSite.options().withSafe(true);
    }

    /** A YAML double-quoted scalar of any text. */
    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n") + "\"";
    }

    private static String postPath(int i) {
        return "_posts/" + LocalDate.of(2024, 1, 1).plusDays(i) + "-p" + i + ".md";
    }

    @Test
    void theBuiltInThemePrintsNoScriptFromFrontMatter() {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: T\nurl: https://example.org\n"
                + "feed:\n  limit: 100\n  tags: true\n");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = yaml(PAYLOADS.get(i));
            // Categories and redirect_from make paths, where a backslash is an error (a clean one, that would
            // stop the whole build).
            String path = yaml(PAYLOADS.get(i).replace("\\", ""));
            String from = yaml("/from/" + i + "/" + PAYLOADS.get(i).replace("\\", ""));
            site.file(postPath(i), "---\ntitle: " + p + "\ndescription: " + p + "\nexcerpt: " + p + "\nimage: " + p
                    + "\nauthor: " + p + "\nlang: " + p + "\ntags: [" + p + ", t" + i + "]\ncategories: [" + path
                    + "]\nredirect_from: [" + from + "]\n---\n" + PAYLOADS.get(i) + "\n\nMore.\n");
        }
        site.build(safe());

        assertEquals(List.of(), ExecutableMarkup.inSite(site.destination()));
        // Not vacuous: each payload is the title of a post page (whose path has the category in it) and an
        // excerpt on the home page, shown as the text it is.
        Set<String> titles = new TreeSet<>();
        for (String file : site.outputs()) {
            Element h1 = file.endsWith(".html") ? Jsoup.parse(site.output(file)).selectFirst("h1.post-title") : null;
            if (h1 != null) {
                titles.add(h1.text());
            }
        }
        String home = Jsoup.parse(site.output("index.html")).text();
        for (String payload : PAYLOADS) {
            String shown = payload.replaceAll("\\s+", " ").strip();
            assertTrue(titles.contains(shown), "a post page has the title " + shown + "; titles: " + titles);
            assertTrue(home.contains(shown), "the home page shows the excerpt " + shown);
        }
        assertTrue(site.outputs().stream().anyMatch(f -> f.startsWith("feed/by_tag/")), site.outputs().toString());
    }

    @Test
    void seoAndTheOwnersLayoutsPrintNoScriptFromFrontMatter() {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: T\nurl: https://example.org\n"
                + "plugins: [jekyll-seo-tag, jekyll-feed, jekyll-sitemap, jekyll-redirect-from]\n"
                + "feed:\n  limit: 100\ntwitter:\n  username: t\n"
                + "defaults:\n  - scope: {path: \"\"}\n    values: {layout: default}\n")
                // A site owner's layout, as minima's: {% seo %}, and excerpts printed as the HTML they are.
                .file("_layouts/default.html", "<!DOCTYPE html><html><head>{% seo %}{% feed_meta %}</head>"
                        + "<body>{{ content }}</body></html>")
                .file("index.html", "---\n---\n{% for post in site.posts %}<h2>{{ post.title | escape }}</h2>"
                        + "{{ post.excerpt }}{% endfor %}");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = yaml(PAYLOADS.get(i));
            StringBuilder fm = new StringBuilder("---\ntitle: " + p + "\nlang: " + p + "\nlocale: " + p
                    + "\ncanonical_url: " + p + "\ntwitter: {card: " + p + "}\nseo: {name: " + p + ", type: " + p
                    + ", links: [" + p + "]}\n");
            // (seo.date_modified is left out: a date that is none is an error, as in Jekyll.) Each way the gem reads its keys: image and author as text or as a mapping; the description
            // from its key, the front matter excerpt or the body's excerpt.
            fm.append(i % 2 == 0 ? "image: " + p + "\nauthor: " + p + "\n"
                    : "image: {path: " + p + ", alt: " + p + ", height: " + p + ", width: " + p + "}\n"
                            + "author: {name: " + p + ", twitter: " + p + ", url: " + p + "}\n");
            fm.append(switch (i % 3) {
                case 0 -> "description: " + p + "\n";
                case 1 -> "excerpt: " + p + "\n";
                default -> "";
            });
            site.file(postPath(i), fm + "---\n" + PAYLOADS.get(i) + "\n\nMore.\n");
        }
        site.build(safe());

        assertEquals(List.of(), ExecutableMarkup.inSite(site.destination()));
        Document post = Jsoup.parse(site.output("2024/01/01/p0.html"));
        assertEquals("<script>alert(1)</script> | T", post.title(), "the title is shown as the text it is");
        assertTrue(site.output("feed.xml").contains("<entry>"));
    }

    @Test
    void aRedirectToIsAWebAddressOrAnErrorAtItsLine() {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: T\nurl: https://example.org\n");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            site.file(postPath(i), "---\ntitle: R\nredirect_to: " + yaml(PAYLOADS.get(i)) + "\n---\nGone.\n");
        }
        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> site.build(safe()));
        Set<String> refused = new TreeSet<>();
        for (Diagnostic d : failed.diagnostics()) {
            assertTrue(d.message().startsWith("redirect_to '") && d.message().endsWith("' is not a web address"), d.toString());
            assertEquals(3, d.position().line(), d.toString());
            refused.add(d.position().file());
        }
        List<Integer> built = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            boolean script = ExecutableMarkup.isScriptAddress(PAYLOADS.get(i));
            assertFalse(script && !refused.contains(postPath(i)), "a script address is refused: " + PAYLOADS.get(i));
            if (!refused.contains(postPath(i))) {
                built.add(i);
            }
        }
        // The others build, and their redirect pages run nothing.
        TestSite rest = TestSite.in(temp.resolve("rest")).file("_config.yml", "title: T\nurl: https://example.org\n");
        built.forEach(i -> rest.file(postPath(i), "---\ntitle: R\nredirect_to: " + yaml(PAYLOADS.get(i)) + "\n---\nGone.\n"));
        rest.build(safe());
        assertEquals(List.of(), ExecutableMarkup.inSite(rest.destination()));
        assertTrue(built.size() > 10 && refused.size() > 5, built + " " + refused);
    }

    @Test
    void theCheckerFindsWhatItLooksFor() {
        for (String bad : List.of("<img src=x onerror=alert(1)>", "<a href=\" java&#x09;script:alert(1)\">x</a>",
                "<meta http-equiv=refresh content=\"0; url='javascript:alert(1)'\">", "<svg></svg>",
                "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>",
                "<script>location=\"javascript:alert(1)\"</script>", "<iframe srcdoc=x></iframe>",
                "<button formaction=&#106;avascript:alert(1)>x</button>", "<script>alert(1)</script>")) {
            assertFalse(ExecutableMarkup.inHtml(bad).isEmpty(), bad);
        }
        assertFalse(ExecutableMarkup.inXml("<feed><entry><summary type=\"html\">&lt;img src=x onerror=alert(1)&gt;"
                + "</summary></entry></feed>").isEmpty());
        assertFalse(ExecutableMarkup.inJson("{\"items\":[{\"content_html\":\"<svg onload=alert(1)>\"}]}", false).isEmpty());
        assertEquals(List.of(), ExecutableMarkup.inHtml("<p title=\"&quot; onmouseover=&quot;x\">&lt;script&gt;</p>"
                + "<a href=\"/javascript:x\">y</a><script>location=\"https://example.org/\"</script>"));
    }
}
