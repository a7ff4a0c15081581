package dev.colophon.html.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in theme as a reader meets it: small sites built into a temp folder, their pages read back. */
class DefaultThemeTest {

    private static final String CONFIG = "title: Field Notes\nurl: https://example.org\n";
    private static final String POST = "_posts/2021-03-26-notes.md";

    @TempDir
    Path temp;

    @Test
    void theHeaderLinksThePagesWithNavTheTagsAndTheFeed() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG)
                .file("about.md", "---\ntitle: About me\nnav: true\nnav_title: About\n---\nMe.")
                .file("contact.md", "---\ntitle: Contact\nnav: true\nnav_order: 1\n---\nWrite.")
                .file("imprint.md", "---\ntitle: Imprint\n---\nNot in the header.")
                .file(POST, "---\ntitle: Notes\ntags: [teams]\n---\nText.");
        site.build();

        String about = site.output("about.html");
        String nav = between(about, "<nav class=\"site-nav\"", "</nav>");
        assertTrue(nav.indexOf(">Contact</a>") < nav.indexOf(">About</a>"), "nav_order first: " + nav);
        assertTrue(nav.contains("<a href=\"/about.html\" aria-current=\"page\">About</a>"), nav);
        assertTrue(nav.contains("<a href=\"/tags/\">Tags</a>"), nav);
        assertTrue(nav.contains("<a href=\"/feed.xml\" type=\"application/atom+xml\">Feed</a>"), nav);
        assertFalse(nav.contains("Imprint"), nav);
        assertTrue(site.exists("tags/index.html"), site.outputs()::toString);
    }

    @Test
    void aNavigationDataFileIsTheHeaderInstead() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", "title: Field Notes\nbaseurl: /blog\n")
                .file("_data/navigation.yml", "- title: Start\n  url: /\n- title: Projects & talks\n  url: /projects/\n")
                .file("about.md", "---\ntitle: About\nnav: true\n---\nMe.");
        site.build();

        String nav = between(site.output("index.html"), "<nav class=\"site-nav\"", "</nav>");
        assertTrue(nav.contains("<li><a href=\"/blog/\" aria-current=\"page\">Start</a></li>"), nav);
        assertTrue(nav.contains("<li><a href=\"/blog/projects/\">Projects &amp; talks</a></li>"), nav);
        assertFalse(nav.contains("About"), nav);
        assertFalse(nav.contains("Feed"), "no url: no feed: " + nav);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | 2 words from <time datetime="2021-03-26T00:00:00+00:00">26 March 2021</time> · 1 min read | Made with Colophon.
            de    | 2 Wörter vom <time datetime="2021-03-26T00:00:00+00:00">26. März 2021</time> · 1 Min. Lesezeit | Erstellt mit Colophon.
            de-AT | 2 Wörter vom <time datetime="2021-03-26T00:00:00+00:00">26. März 2021</time> · 1 Min. Lesezeit | Erstellt mit Colophon.
            fr    | 2 mots du <time datetime="2021-03-26T00:00:00+00:00">26 mars 2021</time> · 1 min de lecture | Fait avec Colophon.
            es    | 2 palabras del <time datetime="2021-03-26T00:00:00+00:00">26 de marzo de 2021</time> · 1 min de lectura | Hecho con Colophon.
            ja    | <time datetime="2021-03-26T00:00:00+00:00">2021年3月26日</time>・2語 · 1分で読めます | Colophonで作成。
            pt_BR | 2 words from <time datetime="2021-03-26T00:00:00+00:00">26 March 2021</time> · 1 min read | Made with Colophon.
            """)
    void wordsAndDatesAreInTheSitesLanguage(String lang, String meta, String footer) {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG + "lang: " + lang + "\n")
                .file(POST, "---\ntitle: Notes\ntags: [teams]\n---\nTwo words.");
        site.build();

        String post = site.output("2021/03/26/notes.html");
        assertTrue(post.contains("<html lang=\"" + lang + "\">"), post);
        assertTrue(post.contains("<p class=\"post-meta\">" + meta + "</p>"), post);
        assertTrue(post.contains(footer), post);
        assertTrue(site.output("index.html").contains(meta.substring(meta.indexOf("<time"), meta.indexOf("</time>"))),
                "the home page's dates too");
    }

    @Test
    void aPageInAnotherLanguageAndTheSitesOwnWords() throws IOException {
        // As a site owner would: the theme's file copied, two of its lines changed.
        String english = theme("_data/colophon/en.yml")
                .replace("word_count: \"%count words from %date\"", "word_count: \"%count words, written %date\"")
                .replace("reading_time: \"%minutes min read\"", "reading_time: \"%minutes′\"");
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG)
                .file("_data/colophon/en.yml", english)
                .file(POST, "---\ntitle: Notes\n---\nTwo words.")
                .file("_posts/2021-03-27-notizen.md", "---\ntitle: Notizen\nlang: de\n---\nZwei Wörter.");
        site.build();

        assertTrue(site.output("2021/03/26/notes.html").contains("2 words, written <time datetime=\"2021-03-26T00:00:00+00:00\">"
                + "26 March 2021</time> · 1′"), "the site's _data/colophon/en.yml replaces the theme's");
        String german = site.output("2021/03/27/notizen.html");
        assertTrue(german.contains("<html lang=\"de\">"), german);
        assertTrue(german.contains("2 Wörter vom <time datetime=\"2021-03-27T00:00:00+00:00\">27. März 2021</time>"), german);
    }

    @Test
    void localImagesGetTheirSizeTheFirstLoadsAtOnceAndATitleIsACaption() throws IOException {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG)
                .bytes("assets/photo one.png", png(64, 48))
                .bytes("2021/03/26/wide.png", png(800, 200))
                .file("assets/drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\"></svg>")
                .file(POST, """
                        ---
                        title: Notes
                        ---
                        ![the first](/assets/photo%20one.png) at the top, inline.

                        ![a drawing](/assets/drawing.svg "Two <em>arrows</em> & one target")

                        ![already sized](/assets/drawing.svg){: width="30"}

                        ![remote](https://example.com/x.png) and ![missing](/assets/none.png)

                        ![beside the page](wide.png "")
                        """);
        site.build();

        String post = site.output("2021/03/26/notes.html");
        assertTrue(post.contains("<img src=\"/assets/photo%20one.png\" alt=\"the first\" width=\"64\" height=\"48\" />"),
                post);
        assertTrue(post.contains("<figure><img src=\"/assets/drawing.svg\" alt=\"a drawing\" width=\"300\" height=\"100\""
                + " loading=\"lazy\" /><figcaption>Two &lt;em&gt;arrows&lt;/em&gt; &amp; one target</figcaption></figure>"),
                post);
        assertTrue(Pattern.compile("<img src=\"/assets/drawing.svg\" alt=\"already sized\" width=\"30\" loading=\"lazy\" ?/?>")
                .matcher(post).find(), post);
        assertTrue(post.contains("<img src=\"https://example.com/x.png\" alt=\"remote\" loading=\"lazy\" />"), post);
        assertTrue(post.contains("<img src=\"/assets/none.png\" alt=\"missing\" loading=\"lazy\" />"), post);
        assertTrue(post.contains("<p><img src=\"wide.png\" alt=\"beside the page\" title=\"\" width=\"800\" height=\"200\""
                + " loading=\"lazy\" /></p>"), "relative to the page; an empty title is no caption: " + post);
        assertEquals(1, count(post, "<figure>"));
    }

    @Test
    void theHeadHasSeoTagsTheFaviconAndTheStylesheetPrintStyles() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG + "description: Slow thoughts\n")
                .file(POST, "---\ntitle: Notes & \"more\"\n---\nText.");
        site.build();

        String post = site.output("2021/03/26/notes.html");
        assertTrue(post.contains("<title>Notes &amp; &quot;more&quot; · Field Notes</title>"), post);
        assertEquals(1, count(post, "<title>"), post);
        assertTrue(post.contains("<meta property=\"og:title\" content=\"Notes &amp; “more”\" />"), post);
        assertTrue(post.contains("<meta name=\"twitter:card\" content=\"summary\" />"), post);
        assertTrue(post.contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"), post);
        assertFalse(post.contains("\n\n\n"), "no runs of blank lines from the SEO template");
        assertTrue(site.output("assets/favicon.svg").startsWith("<svg"));
        String css = site.output("assets/colophon.css");
        assertTrue(css.contains("@media print") && css.contains("@media (prefers-color-scheme: dark)"));
        assertFalse(site.exists("_data/colophon/en.yml"));
    }

    private static String theme(String path) throws IOException {
        try (var in = DefaultThemeTest.class.getClassLoader()
                .getResourceAsStream("META-INF/colophon/themes/colophon/" + path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, () -> start + " not in " + text);
        return text.substring(from, text.indexOf(end, from) + end.length());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
