package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.call;
import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlAndEncodingFiltersTest {

    @Test
    void escapeIsCgiEscapeHtml() {
        assertEquals("&lt;a href=&#39;x&#39;&gt;&amp;amp; &quot;q&quot;&lt;/a&gt;",
                call("escape", "<a href='x'>&amp; \"q\"</a>"));
        assertEquals(call("escape", "<&>"), call("h", "<&>"));
        assertNull(call("escape", (Object) null));
    }

    @Test
    void escapeOnceLeavesEntitiesAlone() {
        assertEquals("&amp; &amp;foo &#12; &amp;#x12; &amp; &lt; &amp;lt",
                call("escape_once", "&amp; &foo &#12; &#x12; & < &lt"));
    }

    @Test
    void stripHtmlRemovesBlocksThenTags() {
        assertEquals("a  b  d  f g <",
                call("strip_html", "a <script>x</script> b <!-- c --> d <style>e</style> f <p class='x'>g</p> <"));
        assertEquals("test", call("strip_html", "<div\nclass='multiline'>test</div>"));
        assertEquals("bc", call("strip_html", "<!-- a <script> -->b</script>c"));
        assertEquals("a", call("strip_html", "<script>a"));
        assertEquals("b", call("strip_html", "<scripta</script>b"));
    }

    @Test
    void stripHtmlIsLinear() {
        String input = "<".repeat(200_000) + "<script".repeat(50_000) + "<!--".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> call("strip_html", input));
    }

    @Test
    void newlines() {
        assertEquals("a<br />\nb\rc<br />\n", call("newline_to_br", "a\r\nb\rc\n"));
        assertEquals("ab\rc", call("strip_newlines", "a\r\nb\rc\n"));
    }

    @Test
    void urlEncodingIsCgiEscape() {
        assertEquals("email+address+is+bob%40example.com%21", call("url_encode", "email address is bob@example.com!"));
        assertEquals("%C3%A9+%C3%BC%2F%3F%26%3D~", call("url_encode", "é ü/?&=~"));
        assertEquals("é +%zz%", call("url_decode", "%C3%A9+%2B%zz%"));
        assertEquals("invalid byte sequence in UTF-8", error("{{ '%e9' | url_decode }}"));
    }

    @Test
    void base64IsStrictAndUrlSafeDecodingAddsPadding() {
        assertEquals("XyMvLg==", call("base64_encode", "_#/."));
        assertEquals("w6k=", call("base64_url_safe_encode", "é"));
        assertEquals("_#/.", call("base64_decode", "XyMvLg=="));
        assertEquals("é", call("base64_url_safe_decode", "w6k"));
        assertEquals("invalid base64 provided to base64_decode", error("{{ 'YQ' | base64_decode }}"));
        assertEquals("invalid base64 provided to base64_decode", error("{{ 'YR==' | base64_decode }}"));
        assertEquals("invalid base64 provided to base64_url_safe_decode",
                error("{{ x | base64_url_safe_decode }}", Map.of("x", "a!")));
        assertEquals("", render("{{ nosuchthing | base64_decode }}"));
    }
}
