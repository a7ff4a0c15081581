package dev.colophon.markdown;

/**
 * Tells cheaply whether a Markdown text could hold a bare link, so that most bodies skip autolinking.
 *
 * <p>flexmark's autolink extension finds a URL only at {@code ://}, a web address only at {@code www.},
 * and an e-mail address only at {@code @}. It looks at text after backslash escapes and character
 * references are decoded, so {@code \@} or {@code &#64;} can make one too: a text with any {@code \} or
 * {@code &} is therefore always linked. The answer errs on the side of "yes", never "no".
 */
final class BareLinks {

    private BareLinks() {
    }

    /** Whether {@code markdown} may contain a bare URL, web address or e-mail address. */
    static boolean mayContain(String markdown) {
        int length = markdown.length();
        for (int i = 0; i < length; i++) {
            switch (markdown.charAt(i)) {
                case '@', '\\', '&':
                    return true;
                case ':':
                    if (markdown.startsWith("//", i + 1)) {
                        return true;
                    }
                    break;
                case 'w', 'W':
                    if (markdown.regionMatches(true, i, "www.", 0, 4)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }
}
