package dev.colophon.html.liquid;

import dev.colophon.url.UrlPaths;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.LValue;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.nodes.LNode;

/**
 * Free-text tag arguments. liqp hands a custom tag its arguments as tokens without the white space between
 * them ({@code gist a/1 b.rb} arrives as {@code a / 1 b . rb}), so before parsing, the arguments of the tags
 * that need them whole are wrapped into one string literal, escaped so quotes survive; the tag unwraps it.
 * ({@code include} and {@code include_relative} have grammar rules of their own in liqp.)
 */
final class TagArguments {

    private static final Pattern FREE_TEXT_TAG = Pattern.compile(
            "\\{%(-?)\\s*(gist|link|post_url|include_cached|highlight)\\s+(.*?)\\s*(-?)%\\}",
            Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[\\w.\\[\\]-]+)");

    private TagArguments() {
    }

    /** The template text with the free-text arguments wrapped. */
    static String protect(String text) {
        if (text.indexOf("{%") < 0) {
            return text;
        }
        Matcher m = FREE_TEXT_TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            String wrapped = "{%" + m.group(1) + " " + m.group(2) + " \"" + encode(m.group(3)) + "\" " + m.group(4) + "%}";
            m.appendReplacement(out, Matcher.quoteReplacement(wrapped));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A file's text ready for liqp: its free-text tag arguments wrapped, and its name attached for
     * messages. Every template and include goes through here or {@link #protect}.
     */
    static CharStreamWithLocation stream(String text, String name) throws IOException {
        // liqp ships ANTLR relocated into its own package.
        return new CharStreamWithLocation(CharStreams.fromString(protect(text), name));
    }

    /** The arguments as written, from the tag's nodes. */
    static String of(LValue tag, TemplateContext context, LNode... nodes) {
        if (nodes.length == 0) {
            return "";
        }
        String text = tag.asString(nodes[0].render(context), context).strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return UrlPaths.decodePath(text).strip();
    }

    /**
     * The {@code key=value} parameters after an include's file name: quoted strings as written, anything
     * else looked up as a variable ({@code page.title}).
     */
    static Map<String, Object> parameters(String text, TemplateContext context) {
        Map<String, Object> out = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            if (value.startsWith("\"") || value.startsWith("'")) {
                out.put(m.group(1), value.substring(1, value.length() - 1));
            } else {
                out.put(m.group(1), lookup(value, context));
            }
        }
        return out;
    }

    private static Object lookup(String path, TemplateContext context) {
        String[] parts = path.split("\\.");
        Object value = context.get(parts[0]);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }

    private static String encode(String text) {
        return text.replace("%", "%25").replace("\"", "%22").replace("'", "%27").replace("{", "%7B")
                .replace("}", "%7D");
    }
}
