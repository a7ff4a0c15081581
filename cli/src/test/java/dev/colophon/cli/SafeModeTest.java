package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.markdown.evil.Evil;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.Plugin;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.testkit.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code safe: true} and {@code --safe}: sites built for real, their output read back. */
class SafeModeTest {

    private static final String CONFIG = "url: https://example.org\nfeed: false\ntag_pages: false\n"
            + "category_pages: false\n";
    /** The site owner's layout: its script, its Liquid and its HTML are not the untrusted content. */
    private static final String LAYOUT = "<script src=\"/site.js\"></script><h1>{{ page.title }}</h1>"
            + "<p>safe: {{ site.safe }}</p><main>{{ content }}</main>";
    private static final String RAW_HTML = "---\ntitle: Raw\nlayout: bare\n---\n"
            + "<script>alert(1)</script>\n\nAn image: <img src=x onerror=alert(1)> inline.\n";

    @TempDir
    Path temp;

    private TestSite site(String config) {
        return site(temp, config);
    }

    private static TestSite site(Path folder, String config) {
        return TestSite.in(folder).file("_config.yml", CONFIG + config).file("_layouts/bare.html", LAYOUT);
    }

    /** The Markdown's part of a page: what the layout put in {@code <main>}. */
    private static String main(String page) {
        return page.substring(page.indexOf("<main>") + 6, page.indexOf("</main>"));
    }

    @Test
    void rawHtmlIsEscapedInSafeModeAndTheLayoutIsLeftAlone() {
        TestSite site = site("safe: true\n").file("_posts/2024-01-01-raw.md", RAW_HTML);
        BuildResult result = site.build();
        String page = site.output("2024/01/01/raw.html");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                + "<p>An image: &lt;img src=x onerror=alert(1)&gt; inline.</p>\n", main(page));
        assertTrue(page.startsWith("<script src=\"/site.js\"></script><h1>Raw</h1><p>safe: true</p>"), page);
        // Also a guard for the list of built-in plugins: every plugin on this class path is Colophon's own.
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void rawHtmlIsPassedThroughWhenSafeIsFalseOrAbsent() {
        for (String config : List.of("safe: false\n", "")) {
            TestSite site = site(temp.resolve(config.isEmpty() ? "absent" : "false"), config).file("_posts/2024-01-01-raw.md", RAW_HTML
                    + "\n[kept](JaVaScRiPt:alert(1)) and <JaVaScRiPt:alert(2)>\n");
            site.build();
            assertEquals("<script>alert(1)</script>\n"
                    + "<p>An image: <img src=x onerror=alert(1)> inline.</p>\n"
                    + "<p><a href=\"JaVaScRiPt:alert(1)\">kept</a> and "
                    + "<a href=\"JaVaScRiPt:alert(2)\">JaVaScRiPt:alert(2)</a></p>\n",
                    main(site.output("2024/01/01/raw.html")), config);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="})
    void scriptAddressesAreDroppedFromLinksImagesReferencesAndAutolinks(String url) {
        TestSite site = site("safe: true\n").file("_posts/2024-01-01-links.md", "---\nlayout: bare\n---\n"
                + "A [link](" + url + "), an ![image](" + url + "), a [reference][r] and <" + url.strip() + ">.\n"
                + "\n[r]: " + url + "\n");
        site.build();
        String body = main(site.output("2024/01/01/links.html"));
        assertTrue(body.startsWith("<p>A link, an image, a reference and "), body);
        assertFalse(body.contains("<a") || body.contains("<img") || body.contains("href") || body.contains("src"),
                body);
    }

    @Test
    void webAndRelativeLinksStayInSafeMode() {
        TestSite site = site("safe: true\n").file("_posts/2024-01-01-links.md", "---\nlayout: bare\n---\n"
                + "[web](https://example.org/a), [notes](../notes/), ![dot](/img/dot.png) and <https://example.org>.");
        site.build();
        assertEquals("<p><a href=\"https://example.org/a\">web</a>, <a href=\"../notes/\">notes</a>, "
                + "<img src=\"/img/dot.png\" alt=\"dot\" /> and "
                + "<a href=\"https://example.org\">https://example.org</a>.</p>\n",
                main(site.output("2024/01/01/links.html")));
    }

    /** A plugin from outside Colophon: it writes {@code shout.txt}. */
    public static final class Shout implements Renderer {
        @Override
        public String id() {
            return "shout";
        }

        @Override
        public List<Output> outputs(Site site, RenderContext context) {
            return List.of(new Output("shout.txt", Set.of(Output.Inputs.POSTS),
                    () -> "HELLO".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A class loader that finds {@link Shout} by ServiceLoader, as if its jar were on the class path. */
    private ClassLoader withShoutOnTheClassPath() throws IOException {
        Path jar = temp.resolve("shout-jar");
        Path services = jar.resolve("META-INF/services/" + Renderer.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Shout.class.getName() + "\n");
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, SafeModeTest.class.getClassLoader());
    }

    @Test
    void aPluginFromOutsideColophonIsSkippedWithAWarningInSafeMode() throws IOException {
        Colophon colophon = Colophon.builder().classLoader(withShoutOnTheClassPath()).build();
        TestSite site = site("safe: true\n").file("_posts/2024-01-01-hi.md", "---\nlayout: bare\n---\nHi.");
        BuildResult result = colophon.build(site.source(), site.destination(), TestSite.options());
        assertFalse(site.exists("shout.txt"));
        assertTrue(site.exists("2024/01/01/hi.html"));
        assertEquals(List.of("_config.yml: warning: safe mode: plugin 'shout' (" + Shout.class.getName()
                + ") is not loaded (only Colophon's built-in plugins run in safe mode;"
                + " build without safe: true and --safe to use it)"),
                result.warnings().stream().map(Diagnostic::toString).toList());

        // Given in code rather than found, it is left out just the same.
        BuildResult explicit = Colophon.builder().plugin(new Shout()).build()
                .build(site.source(), site.destination(), TestSite.options());
        assertFalse(site.exists("shout.txt"));
        assertEquals(1, explicit.warnings().size());
    }

    @Test
    void aPluginInAPackageUnderColophonsOwnIsNotTrustedInSafeMode() {
        Colophon colophon = Colophon.builder().plugin(new Evil()).build();
        TestSite site = site("").file("_posts/2024-01-01-hi.md", "---\nlayout: bare\n---\nHi.");
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals("EVIL", site.output("evil.txt"));

        site.file("_config.yml", CONFIG + "safe: true\n");
        BuildResult result = colophon.build(site.source(), site.destination(), TestSite.options());
        assertFalse(site.exists("evil.txt"));
        assertEquals(List.of("_config.yml: warning: safe mode: plugin 'evil' (dev.colophon.markdown.evil.Evil)"
                + " is not loaded (only Colophon's built-in plugins run in safe mode;"
                + " build without safe: true and --safe to use it)"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aClassNamedAsABuiltInPluginButLoadedFromElsewhereIsNotTrustedInSafeMode() throws Exception {
        // The same bytes as Colophon's Markdown parser, defined again by a loader of its own: as a jar ahead
        // of Colophon's, or a plugin class loader, would give it.
        ClassLoader own = SafeModeTest.class.getClassLoader();
        Plugin impostor = builtIn(new ImpostorLoader("dev.colophon.markdown.", own), MARKDOWN);
        assertNotSame(builtIn(own, MARKDOWN).getClass(), impostor.getClass());
        TestSite site = site("safe: true\n").file("_posts/2024-01-01-hi.md", "*Hi*.");

        // The configuration needs its reader, a plugin of Colophon's own too.
        Colophon real = Colophon.builder().discoverPlugins(false).plugin(builtIn(own, YAML_DATA))
                .plugin(builtIn(own, MARKDOWN)).build();
        assertEquals(List.of(), real.build(site.source(), site.destination(), TestSite.options()).warnings());

        Colophon fake = Colophon.builder().discoverPlugins(false).plugin(builtIn(own, YAML_DATA))
                .plugin(impostor).build();
        BuildResult result = fake.build(site.source(), site.destination(), TestSite.options());
        assertEquals(List.of("_config.yml: warning: safe mode: plugin 'markdown' (" + MARKDOWN + ")"
                + " is not loaded (only Colophon's built-in plugins run in safe mode;"
                + " build without safe: true and --safe to use it)"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }

    private static final String MARKDOWN = "dev.colophon.markdown.MarkdownParser";
    private static final String YAML_DATA = "dev.colophon.frontmatter.YamlDataReader";

    /**
     * A plugin made from its class name: named in code, the plugin classes make javac look for their
     * {@code @AutoService}, which is not on this module's class path.
     */
    private static Plugin builtIn(ClassLoader loader, String name) throws ReflectiveOperationException {
        return (Plugin) Class.forName(name, true, loader).getConstructor().newInstance();
    }

    /** Defines the classes of one package itself, from its parent's bytes, rather than asking the parent. */
    private static final class ImpostorLoader extends ClassLoader {
        private final String prefix;

        ImpostorLoader(String prefix, ClassLoader parent) {
            super(parent);
            this.prefix = prefix;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(prefix)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    @Test
    void aPluginFromOutsideColophonIsUsedWithoutSafeMode() throws IOException {
        Colophon colophon = Colophon.builder().classLoader(withShoutOnTheClassPath()).build();
        TestSite site = site("").file("_posts/2024-01-01-hi.md", "---\nlayout: bare\n---\nHi.");
        BuildResult result = colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals("HELLO", site.output("shout.txt"));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void symbolicLinksAreSkippedWithAWarningInSafeModeAndFollowedWithout() throws IOException {
        TestSite site = site("").file("about.md", "---\nlayout: bare\n---\nAbout.");
        Files.createSymbolicLink(site.source().resolve("copy.md"), site.source().resolve("about.md"));
        Files.createDirectories(site.source().resolve("node_modules/.bin"));
        Files.createSymbolicLink(site.source().resolve("node_modules/.bin/tool"), site.source().resolve("about.md"));
        site.build();
        assertTrue(site.exists("copy.html"));

        site.file("_config.yml", CONFIG + "safe: true\n");
        BuildResult result = site.build();
        assertTrue(site.exists("about.html"));
        assertFalse(site.exists("copy.html"));
        // Only links the build would have used are worth a warning: not those in node_modules.
        assertEquals(List.of("copy.md: warning: safe mode: symbolic link is not followed"
                + " (copy the file into the site instead of linking to it)"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void safeMustBeTrueOrFalse() {
        TestSite site = site("safe: \"yes\"\n").file("about.md", "---\n---\nAbout.");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals("_config.yml:5:1: error: 'safe' must be true or false (see the configuration section of the README)",
                e.diagnostics().get(0).toString());
    }

    @Test
    void theSafeFlagOfTheCommandLine() {
        TestSite site = site("").file("_posts/2024-01-01-raw.md", RAW_HTML);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "build", "--safe",
                "-s", site.source().toString(), "-d", site.destination().toString());
        assertEquals(0, code, err::toString);
        String page = site.output("2024/01/01/raw.html");
        assertTrue(main(page).startsWith("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), page);
        assertTrue(page.contains("<p>safe: true</p>"), page);
    }
}
