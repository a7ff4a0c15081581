package dev.colophon.html.postrender;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jekyll-mentions (1.6): {@code @name} in a page's text becomes a link to that user's profile, by
 * html-pipeline's MentionFilter rules with the gem's user name pattern ({@code [\w][\w-]*}): not in code,
 * links, scripts or styles, not after a letter or digit (mail@example.org), not before a slash. The profiles
 * are at {@code https://github.com} unless {@code jekyll-mentions:} (a URL, or a mapping with {@code base_url})
 * says otherwise, in {@code _config.yml} or in a page's front matter; a page with {@code jekyll-mentions:
 * false} is left alone.
 */
final class Mentions {

    static final String GEM = "jekyll-mentions";
    static final String DEFAULT_BASE = "https://github.com";
    private static final Set<String> IGNORED = Set.of("pre", "code", "a");
    /** MentionFilter's pattern; Ruby's ^ and $ are a line's start and end, and \w is ASCII as in Java. */
    private static final Pattern MENTION = Pattern.compile("(?:^|\\W)@((?>[\\w][\\w-]*))(?!/)"
            + "(?=\\.+[ \\t\\W]|\\.+$|[^0-9a-zA-Z_.]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
    /** Names that link to a page about mentions, which the gem does not give: they stay as written. */
    private static final Set<String> ABOUT_MENTIONS = Set.of("mention", "mentions", "mentioned", "mentioning");

    private final String base;

    Mentions(String base) {
        this.base = base;
    }

    String apply(String page) {
        if (page.indexOf('@') < 0 || !MENTION.matcher(HtmlText.body(page)).find()) {
            return page;
        }
        return HtmlText.replace(page, IGNORED, this::text);
    }

    String text(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        while (m.find()) {
            String login = m.group(1);
            if (ABOUT_MENTIONS.contains(login.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.append(text, copied, m.start(1) - 1).append(link(login));
            copied = m.end(1);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private String link(String login) {
        String url = base.endsWith("/") || base.endsWith("~") ? base : base + "/";
        return "<a href=\"" + (url + login).replace("&", "&amp;").replace("\"", "&quot;")
                + "\" class=\"user-mention\">@" + login + "</a>";
    }
}
