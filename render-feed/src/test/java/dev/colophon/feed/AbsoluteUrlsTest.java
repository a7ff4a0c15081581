package dev.colophon.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AbsoluteUrlsTest {

    private static final String POST = "https://example.org/blog/2021/03/26/post/";

    private static String rewrite(String html) {
        return AbsoluteUrls.rewrite(html, POST);
    }

    @Test
    void rootRelativeRelativeAndFragmentLinksBecomeAbsolute() {
        assertEquals("<a href=\"https://example.org/about/\">a</a>", rewrite("<a href=\"/about/\">a</a>"));
        assertEquals("<img src=\"https://example.org/blog/2021/03/26/post/pic.png\" alt=\"x\">",
                rewrite("<img src=\"pic.png\" alt=\"x\">"));
        assertEquals("<a href='https://example.org/blog/2021/03/26/post/#fn:1'>1</a>", rewrite("<a href='#fn:1'>1</a>"));
        assertEquals("<a href=https://example.org/x>x</a>", rewrite("<a href=/x>x</a>"));
    }

    @Test
    void absoluteAndOtherSchemesAreLeftAlone() {
        String html = "<a href=\"https://other.org/\">o</a><a href=\"mailto:a@b.c\">m</a><a href=\"data:,x\">d</a>";
        assertEquals(html, rewrite(html));
    }

    @Test
    void onlyAttributesInTagsChange() {
        String code = "<pre><code>&lt;a href=\"/x\"&gt; and href=\"/y\" as text</code></pre>";
        assertEquals(code, rewrite(code));
        assertEquals("1 < 2 and <b title=\"/t\">b</b>", rewrite("1 < 2 and <b title=\"/t\">b</b>"));
    }

    @Test
    void escapesSpacesAndKeepsEntitiesAndSrcset() {
        assertEquals("<a href=\"https://example.org/a%20b?x=1&amp;y=2\">q</a>", rewrite("<a href=\"/a b?x=1&amp;y=2\">q</a>"));
        assertEquals("<img srcset=\"https://example.org/a.png 1x, https://example.org/blog/2021/03/26/post/b.png 2x\">",
                rewrite("<img srcset=\"/a.png 1x, b.png 2x\">"));
        assertEquals("<a href=\"https://example.org/caf%C3%A9/\">c</a>", rewrite("<a href=\"/café/\">c</a>"));
    }
}
