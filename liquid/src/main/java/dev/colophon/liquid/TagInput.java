package dev.colophon.liquid;

import java.util.Set;
import java.util.function.Predicate;

/** What a {@link Tag} is given to parse one use of it: its markup, where it is, and the parser. */
public interface TagInput {

    /** The tag's name as written. */
    String name();

    /** What follows the name, up to {@code %}}, without the white space around it. */
    String markup();

    /** 1-based line of the tag. */
    int line();

    /** 1-based column of the tag's {@code {%}. */
    int column();

    /** The template being parsed, or null. */
    String templateName();

    ErrorMode errorMode();

    /** The engine parsing, for its other tags and its file system. */
    Liquid engine();

    /** Parses a value as Liquid does: a literal, a variable, a range. */
    Expression expression(String markup);

    /**
     * Parses a condition as {@code if} reads it: comparisons ({@code ==}, {@code contains} ...) joined by
     * {@code and} and {@code or}.
     */
    Predicate<Context> condition(String markup);

    /** Parses an output's markup, a value with filters: {@code page.title | escape}. */
    Expression output(String markup);

    /**
     * Parses the block's body up to one of {@code delimiters} (its end tag, {@code else} ...) and returns
     * it, with the delimiter that ended it. An unknown tag among them is a syntax error, as is the end of
     * the template before a delimiter.
     */
    Body body(Set<String> delimiters);

    /** The text up to the end tag {@code end}, unparsed, as {@code raw} reads it. */
    String raw(String end);

    /**
     * Skips a block's body unparsed up to its end tag, as {@code comment} does: blocks of the same name nest,
     * a {@code raw} inside is skipped whole, anything else need not be valid Liquid.
     */
    void skip();

    /** A warning at this tag, kept with the template's {@link Template#warnings()}. */
    void warn(LiquidException.Kind kind, String detail);

    /** A syntax error at this tag. */
    LiquidException error(String detail);

    /**
     * A block's body: its nodes, and the delimiter that ended it.
     *
     * @param node renders the body
     * @param blank whether the body renders nothing but white space
     * @param delimiter the tag that ended it ({@code endif}, {@code else}); null at the end of the text
     * @param delimiterMarkup that tag's markup
     */
    record Body(BodyNode node, boolean blank, String delimiter, String delimiterMarkup) {
    }
}
