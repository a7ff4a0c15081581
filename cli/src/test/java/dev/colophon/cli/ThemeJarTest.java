package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code theme: NAME} takes a theme from the class path (here the test resources' "paper" theme, as a theme
 * jar would provide it), with the site's own files winning.
 */
class ThemeJarTest {

    private static final String PLAIN = "feed: false\nsitemap: false\n";

    @TempDir
    Path temp;

    @Test
    void theThemesFilesAreTheSitesUnlessTheSiteHasItsOwn() {
        TestSite site = TestSite.in(temp).file("_config.yml", PLAIN + "theme: paper\n")
                .file("_posts/2021-01-01-a.md", "---\nlayout: post\n---\nHi.")
                .file("_includes/footer.html", "<footer>my footer</footer>");
        site.build();
        assertEquals("<html><body><article><p>Hi.</p>\n</article><footer>my footer</footer></body></html>",
                site.output("2021/01/01/a.html"));
        assertEquals("body{}", site.output("assets/paper.css"));
    }

    @Test
    void aThemeThatIsNotOnTheClassPathIsAnError() {
        TestSite site = TestSite.in(temp).file("_config.yml", PLAIN + "theme: jekyll-theme-nowhere\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals("_config.yml: error: theme 'jekyll-theme-nowhere' was not found (themes found: colophon, paper)"
                + " (add the theme's jar: colophon --theme-path JAR, COLOPHON_CLASSPATH, a jar in the site's _themes/"
                + " folder, or a dependency of colophon-maven-plugin; or remove the theme: line)",
                e.errors().get(0).toString());
    }
}
