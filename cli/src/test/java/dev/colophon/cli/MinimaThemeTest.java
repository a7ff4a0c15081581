package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minima theme jar this repository builds (themes/minima), given to the command with {@code --theme-path}
 * as a user would, against the same site built by Debian's Jekyll 4.3.1 with its minima 2.5.1 gem.
 */
class MinimaThemeTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "2024/03/01/first-light.html", "about/index.html"})
    void aSiteWithThemeMinimaLooksAsJekyllBuildsIt(String page) throws IOException {
        ThemeFixture.assertLikeJekyll("minima", ThemeFixture.build("minima", temp), page);
    }

    @Test
    void minimasSassIsCompiledFromTheJar() throws IOException {
        Path out = ThemeFixture.build("minima", temp);
        String css = Files.readString(out.resolve("assets/main.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains(".site-header"), css);
        assertFalse(css.contains("@import"), "every import resolved from the theme's _sass/");
    }
}
