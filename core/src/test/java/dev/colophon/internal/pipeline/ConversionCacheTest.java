package dev.colophon.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
        Building first = new Building(cache.start("title: T"));
        assertEquals(html, first.html("markdown", "\"Quoted\" -- naïve 😀 text", html));
        first.build.finish();
        Building second = new Building(cache.start("title: T"));
        assertEquals(html, second.html("markdown", "\"Quoted\" -- naïve 😀 text", "not converted again"));
        assertEquals(List.of("\"Quoted\" -- naïve 😀 text"), converted);
    }

    @Test
    void anotherConfigurationParserOrTextIsConvertedAgain() {
        ConversionCache cache = new ConversionCache(1 << 20);
        Building build = new Building(cache.start("title: T"));
        build.html("markdown", "text", "<p>text</p>");
        build.html("textile", "text", "<p>textile</p>");
        build.html("markdown", "text!", "<p>text!</p>");
        build.build.finish();
        Building other = new Building(cache.start("title: U"));
        assertEquals("<p>other</p>", other.html("markdown", "text", "<p>other</p>"));
        assertEquals(List.of("text", "text", "text!", "text"), converted);
    }

    @Test
    void whatABuildDidNotUseIsDroppedWhenItEnds() {
        ConversionCache cache = new ConversionCache(1 << 20);
        Building first = new Building(cache.start("c"));
        first.html("markdown", "kept", "<p>kept</p>");
        first.html("markdown", "gone", "<p>gone</p>");
        first.build.finish();
        Building second = new Building(cache.start("c"));
        second.html("markdown", "kept", "<p>kept</p>");
        second.build.finish();
        Building third = new Building(cache.start("c"));
        third.html("markdown", "kept", "<p>kept</p>");
        third.html("markdown", "gone", "<p>gone</p>");
        assertEquals(List.of("kept", "gone", "gone"), converted);
    }

    @Test
    void nothingIsKeptBeyondTheBoundInUtf8Bytes() {
        // "é" is two bytes in UTF-8: the first HTML takes 6 of the 8 bytes, the second's 6 would not fit.
        ConversionCache cache = new ConversionCache(8);
        Building first = new Building(cache.start("c"));
        first.html("markdown", "a", "ééé");
        first.html("markdown", "b", "ééé");
        first.html("markdown", "a", "ééé");
        first.html("markdown", "b", "ééé");
        assertEquals(List.of("a", "b", "b"), converted);
    }

    /** One build's view, converting through {@link #converting}. */
    @Test
    void anotherConfigurationDropsWhatWasConvertedUnderTheLastAtOnce() {
        // Room for one body: under the new configuration, the old one's must not take it.
        ConversionCache cache = new ConversionCache("<p>one</p>".length());
        new Building(cache.start("title: T")).html("markdown", "one", "<p>one</p>");
        Building after = new Building(cache.start("title: U"));
        after.html("markdown", "two", "<p>two</p>");
        after.html("markdown", "two", "<p>two</p>");
        assertEquals(List.of("one", "two"), converted);
    }

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
