package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One kramdown attribute list, the text between <code>{:</code> and <code>}</code>: {@code .class},
 * {@code #id}, {@code key="value"} or {@code key='value'}, and bare names that refer to attribute list
 * definitions ({@code {:name: .class}}) or mean something to the converter, like {@code toc}.
 *
 * <p>The grammar is kramdown's: an item counts only when whitespace or the ends of the list surround it,
 * several {@code .a.b#c} may be run together, and classes add up where any other attribute is replaced.
 * Whatever does not fit the grammar is ignored, as kramdown does after warning. The text is read by
 * {@link AttributeItems}, in time linear in its length.
 */
final class AttributeList {

    private static final int MAX_REFERENCE_DEPTH = 16;
    /**
     * How many definitions one list may pull in, directly or through others: definitions that refer to
     * several others each, 16 deep, would otherwise multiply (8 references a level is 8^16 visits).
     */
    private static final int MAX_EXPANSIONS = 256;

    static final String CLASS = "class";
    static final String ID = "id";

    /** The attributes in order; the class's place is here, its value in {@link #classes}. */
    private final Map<String, String> attributes = new LinkedHashMap<>();
    /** The classes, appended to in place: a list with thousands of them would copy them all at each one. */
    private final StringBuilder classes = new StringBuilder();
    private final List<String> references = new ArrayList<>();

    /** Parses the text of one list; a text with nothing valid in it gives an empty list. */
    static AttributeList parse(CharSequence text) {
        AttributeList list = new AttributeList();
        AttributeItems.read(text.toString(), (kind, name, value) -> {
            switch (kind) {
                case KEY_VALUE -> list.put(name, value);
                case REFERENCE -> list.references.add(name);
                case ID -> list.attributes.put(ID, value);
                case CLASS -> list.put(CLASS, value);
            }
        });
        return list;
    }

    /**
     * Whether {@code text} is nothing but attribute list items, so that it reads as markup rather than as
     * prose that happens to start with <code>{:</code>, like a Ruby hash.
     */
    static boolean isWellFormed(CharSequence text) {
        return AttributeItems.read(text.toString(), (kind, name, value) -> { });
    }

    private void put(String name, String value) {
        if (name.equals(CLASS)) {
            attributes.putIfAbsent(CLASS, "");
            if (!classes.isEmpty()) {
                classes.append(' ');
            }
            classes.append(value);
        } else {
            attributes.put(name, value);
        }
    }

    /** Gives each attribute to {@code action}, in order, the class with its value. */
    private void forEachAttribute(BiConsumer<String, String> action) {
        attributes.forEach((name, value) -> action.accept(name, name.equals(CLASS) ? classes.toString() : value));
    }

    /** Adds a later list for the same element: its classes are added, its other attributes win. */
    void merge(AttributeList later) {
        later.forEachAttribute(this::put);
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
        resolveInto(resolved, definitions, 0, new int[] {MAX_EXPANSIONS});
        Map<String, String> result = new LinkedHashMap<>();
        resolved.forEachAttribute(result::put);
        return result;
    }

    private void resolveInto(AttributeList target, Map<String, AttributeList> definitions, int depth,
            int[] expansionsLeft) {
        if (depth < MAX_REFERENCE_DEPTH) {
            for (String reference : references) {
                AttributeList definition = definitions.get(reference);
                if (definition != null && expansionsLeft[0] > 0) {
                    expansionsLeft[0]--;
                    definition.resolveInto(target, definitions, depth + 1, expansionsLeft);
                }
            }
        }
        forEachAttribute(target::put);
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
