package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kramdown attribute list, the text between <code>{:</code> and <code>}</code>: {@code .class},
 * {@code #id}, {@code key="value"} or {@code key='value'}, and bare names that refer to attribute list
 * definitions ({@code {:name: .class}}) or mean something to the converter, like {@code toc}.
 *
 * <p>The grammar is kramdown's: an item counts only when whitespace or the ends of the list surround it,
 * several {@code .a.b#c} may be run together, and classes add up where any other attribute is replaced.
 * Whatever does not fit the grammar is ignored, as kramdown does after warning.
 */
final class AttributeList {

    private static final String NAME = "\\w[\\w-]*";
    private static final Pattern ITEM = Pattern.compile(
            "(?:^|\\s)(?:(" + NAME + ")=(?:\"((?:\\\\}|\\\\\"|[^}])*?)\"|'((?:\\\\}|\\\\'|[^}])*?)')"
                    + "|(" + NAME + ")"
                    + "|((?:#[A-Za-z][\\w:-]*|\\.[^\\s.#]+)+))(?=\\s|$)");
    private static final Pattern ID_OR_CLASS = Pattern.compile("#([A-Za-z][\\w:-]*)|\\.([^\\s.#]+)");
    private static final int MAX_REFERENCE_DEPTH = 16;

    static final String CLASS = "class";
    static final String ID = "id";

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> references = new ArrayList<>();

    /** Parses the text of one list; a text with nothing valid in it gives an empty list. */
    static AttributeList parse(CharSequence text) {
        AttributeList list = new AttributeList();
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            if (item.group(1) != null) {
                String value = item.group(2) != null ? item.group(2) : item.group(3);
                char quote = item.group(2) != null ? '"' : '\'';
                list.put(item.group(1), value.replace("\\}", "}").replace("\\" + quote, String.valueOf(quote)));
            } else if (item.group(4) != null) {
                list.references.add(item.group(4));
            } else {
                Matcher part = ID_OR_CLASS.matcher(item.group(5));
                while (part.find()) {
                    if (part.group(1) != null) {
                        list.attributes.put(ID, part.group(1));
                    } else {
                        list.put(CLASS, part.group(2));
                    }
                }
            }
        }
        return list;
    }

    /**
     * Whether {@code text} is nothing but attribute list items, so that it reads as markup rather than as
     * prose that happens to start with <code>{:</code>, like a Ruby hash.
     */
    static boolean isWellFormed(CharSequence text) {
        return !text.toString().isBlank() && ITEM.matcher(text).replaceAll("").isBlank();
    }

    private void put(String name, String value) {
        if (name.equals(CLASS)) {
            String classes = attributes.get(CLASS);
            attributes.put(CLASS, classes == null || classes.isEmpty() ? value : classes + " " + value);
        } else {
            attributes.put(name, value);
        }
    }

    /** Adds a later list for the same element: its classes are added, its other attributes win. */
    void merge(AttributeList later) {
        later.attributes.forEach(this::put);
        references.addAll(later.references);
    }

    /** The names this list refers to, e.g. {@code toc}, in order. */
    List<String> references() {
        return Collections.unmodifiableList(references);
    }

    boolean refersTo(String name) {
        return references.contains(name);
    }

    /**
     * The attributes this list gives an element: those of the definitions it refers to first, then its own,
     * as in kramdown. Unknown references, {@code toc} among them, add nothing.
     */
    Map<String, String> resolve(Map<String, AttributeList> definitions) {
        AttributeList resolved = new AttributeList();
        resolveInto(resolved, definitions, 0);
        return resolved.attributes;
    }

    private void resolveInto(AttributeList target, Map<String, AttributeList> definitions, int depth) {
        if (depth < MAX_REFERENCE_DEPTH) {
            for (String reference : references) {
                AttributeList definition = definitions.get(reference);
                if (definition != null) {
                    definition.resolveInto(target, definitions, depth + 1);
                }
            }
        }
        attributes.forEach(target::put);
    }

    /** Whether a {@code class} value holds {@code name} as one of its words. */
    static boolean hasClass(Map<String, String> attributes, String name) {
        String classes = attributes.get(CLASS);
        if (classes == null) {
            return false;
        }
        for (String word : classes.split("\\s+")) {
            if (word.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
