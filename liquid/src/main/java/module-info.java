/**
 * A Liquid engine with Ruby Liquid 5's semantics, on the JDK alone. A library, not a plugin: it knows
 * nothing of Jekyll or of Colophon's core. Its tags and filters are reached through {@link
 * dev.colophon.liquid.Liquid}; the parser's expressions and the
 * standard filters are exported for tags defined elsewhere.
 */
module dev.colophon.liquid {
    exports dev.colophon.liquid;
    exports dev.colophon.liquid.parse;
    // StandardFilters: the filters by name, and strip_html for text a tag prints (jekyll-seo-tag's).
    exports dev.colophon.liquid.filter;
}
