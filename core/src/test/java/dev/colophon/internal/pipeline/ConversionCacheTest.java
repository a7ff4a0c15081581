package dev.colophon.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.colophon.model.Author;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.Pagination;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The conversions a build session keeps between builds: the same text is converted once and given back as
 * converted (kept as UTF-8, so any character must come back as it was), anything that decides a conversion
 * converts again, and the cache holds neither what the last build did not use nor more than its bound.
 */
class ConversionCacheTest {

    /** The texts converted, in order. */
    private final List<String> converted = new ArrayList<>();

    private Supplier<String> converting(String text, String html) {
        return () -> {
            converted.add(text);
            return html;
        };
    }

    @Test
    void theSameTextIsConvertedOnceAndComesBackAsItWasConverted() {
        ConversionCache cache = new ConversionCache(1 << 20);
        String html = "<p>“Quoted” — naïve 😀 text</p>\n";
        Building first = new Building(start(cache, "title: T"));
        assertEquals(html, first.html("markdown", "\"Quoted\" -- naïve 😀 text", html));
        first.build.finish();
        Building second = new Building(start(cache, "title: T"));
        assertEquals(html, second.html("markdown", "\"Quoted\" -- naïve 😀 text", "not converted again"));
        assertEquals(List.of("\"Quoted\" -- naïve 😀 text"), converted);
    }

    @Test
    void anotherConfigurationParserOrTextIsConvertedAgain() {
        ConversionCache cache = new ConversionCache(1 << 20);
        Building build = new Building(start(cache, "title: T"));
        build.html("markdown", "text", "<p>text</p>");
        build.html("textile", "text", "<p>textile</p>");
        build.html("markdown", "text!", "<p>text!</p>");
        build.build.finish();
        Building other = new Building(start(cache, "title: U"));
        assertEquals("<p>other</p>", other.html("markdown", "text", "<p>other</p>"));
        assertEquals(List.of("text", "text", "text!", "text"), converted);
    }

    @Test
    void whatABuildDidNotUseIsDroppedWhenItEnds() {
        ConversionCache cache = new ConversionCache(1 << 20);
        Building first = new Building(start(cache, "c"));
        first.html("markdown", "kept", "<p>kept</p>");
        first.html("markdown", "gone", "<p>gone</p>");
        first.build.finish();
        Building second = new Building(start(cache, "c"));
        second.html("markdown", "kept", "<p>kept</p>");
        second.build.finish();
        Building third = new Building(start(cache, "c"));
        third.html("markdown", "kept", "<p>kept</p>");
        third.html("markdown", "gone", "<p>gone</p>");
        assertEquals(List.of("kept", "gone", "gone"), converted);
    }

    @Test
    void nothingIsKeptBeyondTheBoundInUtf8Bytes() {
        // "é" is two bytes in UTF-8: the first HTML takes 6 of the 8 bytes, the second's 6 would not fit.
        ConversionCache cache = new ConversionCache(8);
        Building first = new Building(start(cache, "c"));
        first.html("markdown", "a", "ééé");
        first.html("markdown", "b", "ééé");
        first.html("markdown", "a", "ééé");
        first.html("markdown", "b", "ééé");
        assertEquals(List.of("a", "b", "b"), converted);
    }

    @Test
    void aParsersOwnConfigurationDecidesItsConversionsAndOnlyItsAreDropped() {
        ConversionCache cache = new ConversionCache(1 << 20);
        Building first = new Building(cache.start(Map.of("markdown", "kramdown=A", "textile", "whole: X")));
        first.html("markdown", "text", "<p>md</p>");
        first.html("textile", "text", "<p>textile</p>");
        first.build.finish();
        Building second = new Building(cache.start(Map.of("markdown", "kramdown=A", "textile", "whole: Y")));
        assertEquals("<p>md</p>", second.html("markdown", "text", "not converted again"));
        assertEquals("<p>textile 2</p>", second.html("textile", "text", "<p>textile 2</p>"));
        // A parser the build was not started with (not pure) is converted, and nothing kept of it.
        second.html("plain", "text", "<p>plain</p>");
        second.html("plain", "text", "<p>plain</p>");
        assertEquals(List.of("text", "text", "text", "text", "text"), converted);
    }

    /** What decides a parser's conversions: the keys it names, or the whole configuration; safe mode always. */
    @Test
    void aParserThatNamesItsKeysIsNotConcernedWithTheOthers() {
        ContentParser named = parser(Optional.of(Set.of("kramdown", "markdown")));
        ContentParser whole = parser(Optional.empty());
        SiteConfig site = config(Map.of("title", "T", "kramdown", Map.of("auto_ids", true)));
        SiteConfig retitled = config(Map.of("title", "U", "kramdown", Map.of("auto_ids", true)));
        SiteConfig kramdown = config(Map.of("title", "T", "kramdown", Map.of("auto_ids", false)));
        String before = ConversionCache.fingerprint(site, named);
        assertEquals(before, ConversionCache.fingerprint(retitled, named));
        assertNotEquals(before, ConversionCache.fingerprint(kramdown, named));
        assertNotEquals(before, ConversionCache.fingerprint(site.withSafe(true), named));
        assertNotEquals(ConversionCache.fingerprint(site, whole), ConversionCache.fingerprint(retitled, whole));
    }

    private static ContentParser parser(Optional<Set<String>> keys) {
        return new ContentParser() {
            @Override
            public String id() {
                return "p";
            }

            @Override
            public Set<String> fileExtensions() {
                return Set.of("p");
            }

            @Override
            public boolean pure() {
                return true;
            }

            @Override
            public Optional<Set<String>> configKeys() {
                return keys;
            }

            @Override
            public String toHtml(String body, ParseContext context) {
                return body;
            }
        };
    }

    private static SiteConfig config(Map<String, Object> values) {
        return new SiteConfig("", "", Author.NONE, "", "", "date", ZoneOffset.UTC, List.of(), List.of(), false, false,
                "\n\n", FeedSettings.DEFAULTS, Pagination.OFF, values);
    }

    /** Starts a build in which two parsers are cached under {@code config}. */
    private static ConversionCache.Build start(ConversionCache cache, String config) {
        return cache.start(Map.of("markdown", config, "textile", config));
    }

    @Test
    void anotherConfigurationDropsWhatWasConvertedUnderTheLastAtOnce() {
        // Room for one body: under the new configuration, the old one's must not take it.
        ConversionCache cache = new ConversionCache("<p>one</p>".length());
        new Building(start(cache, "title: T")).html("markdown", "one", "<p>one</p>");
        Building after = new Building(start(cache, "title: U"));
        after.html("markdown", "two", "<p>two</p>");
        after.html("markdown", "two", "<p>two</p>");
        assertEquals(List.of("one", "two"), converted);
    }

    /** One build's view, converting through {@link #converting}. */
    private final class Building {
        final ConversionCache.Build build;

        Building(ConversionCache.Build build) {
            this.build = build;
        }

        String html(String parser, String text, String html) {
            return build.html(parser, text, converting(text, html));
        }
    }
}
