package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;

/**
 * {@code {% comment %}…{% endcomment %}}, whose body need not be valid Liquid (only comments nested in it
 * and raw blocks must be closed), and the inline {@code {% # … %}}.
 */
final class Comment implements Node {

    private static final Comment INSTANCE = new Comment();
    private static final java.util.regex.Pattern NESTED_DOC = java.util.regex.Pattern.compile("\\{%-?\\s*doc\\b");

    static Node parse(TagInput input) {
        input.skip();
        return INSTANCE;
    }

    /** {@code {% doc %}…{% enddoc %}}: documentation of a template, read as raw text and never rendered. */
    static Node parseDoc(TagInput input) {
        if (!input.markup().isBlank()) {
            throw input.error("Syntax Error in 'doc' - Valid syntax: doc");
        }
        if (NESTED_DOC.matcher(input.raw("enddoc")).find()) {
            throw input.error("Syntax Error in 'doc' - Nested doc tags are not allowed");
        }
        return INSTANCE;
    }

    /** {@code {% # text %}}: each of its lines must start with {@code #}. */
    static Node parseInline(TagInput input) {
        if (input.markup().matches("(?s).*\\n\\s*[^#\\s].*")) {
            throw input.error("Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character");
        }
        return INSTANCE;
    }

    @Override
    public void render(Context context, StringBuilder out) {
    }

    @Override
    public boolean blank() {
        return true;
    }
}
