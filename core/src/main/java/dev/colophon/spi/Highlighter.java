package dev.colophon.spi;

import java.util.Set;

/**
 * Colours code at build time, with Rouge's markup so that existing Jekyll theme CSS applies: the code
 * HTML-escaped, tokens in {@code <span class="...">} with Rouge's short classes ({@code k}, {@code s},
 * {@code c1}, {@code nf}, ...). No wrapper element: the caller (Markdown's fenced code, Liquid's
 * {@code {% highlight %}}) adds the one Jekyll writes.
 */
public interface Highlighter extends Plugin {

    /** The languages it knows, lower case, names and aliases (e.g. {@code js}, {@code javascript}). */
    Set<String> languages();

    /** Highlights one piece of code in a language it knows. */
    String highlight(String code, String language);
}
