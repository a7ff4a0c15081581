package dev.colophon.cli;

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
 * The Chirpy theme jar this repository builds (themes/chirpy), given to the command with {@code --theme-path},
 * against the same site built by Debian's Jekyll 4.3.1 with the same files as a gem: its home, post, and
 * jekyll-archives' tag and category layouts.
 */
class ChirpyThemeTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "posts/first-light/index.html", "tags/telescope/index.html",
            "categories/sky/index.html"})
    void aSiteWithThemeChirpyLooksAsJekyllBuildsIt(String page) throws IOException {
        ThemeFixture.assertLikeJekyll("chirpy", ThemeFixture.build("chirpy", temp), page);
    }

    @Test
    void chirpysSassAndDataComeFromTheJar() throws IOException {
        Path out = ThemeFixture.build("chirpy", temp);
        String css = Files.readString(out.resolve("assets/css/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("#sidebar"), "Chirpy's Sass, imported as {{ site.theme }}");
        String post = Files.readString(out.resolve("posts/first-light/index.html"), StandardCharsets.UTF_8);
        // "Posted" and "min" "read" come from the theme's _data/locales/en.yml.
        assertTrue(post.contains("Posted") && post.contains("<em>1 min</em> read"), "the post's meta line");
    }
}
