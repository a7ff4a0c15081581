package dev.colophon.liquid;

/** A value in a template: a literal, a variable lookup ({@code page.tags[0]}), a range, an output with filters. */
@FunctionalInterface
public interface Expression {

    Object evaluate(Context context);
}
