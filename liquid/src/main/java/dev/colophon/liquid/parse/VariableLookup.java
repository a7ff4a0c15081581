package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A variable and the properties read from it: {@code page.tags[0]}, {@code site["my-key"]}, {@code a[b.c]}.
 * As Ruby Liquid's VariableLookup: {@code size}, {@code first} and {@code last} written with a dot are
 * commands when the object has no such key.
 */
final class VariableLookup implements Expression {

    /** A String, or an Expression for {@code [expr]} at the start. */
    private final Object name;
    /** Each a String, a Long, or an Expression. */
    private final Object[] lookups;
    private final boolean[] commands;

    private VariableLookup(Object name, Object[] lookups, boolean[] commands) {
        this.name = name;
        this.lookups = lookups;
        this.commands = commands;
    }

    /** Reads {@code a.b[c]["d"]} as Ruby Liquid's VariableParser scans it. */
    static Expression parse(String markup) {
        List<String> parts = scan(markup);
        if (parts.isEmpty()) {
            return Literal.NIL;
        }
        String first = parts.get(0);
        Object name = first.startsWith("[") && first.endsWith("]") ? constant(Expressions.parse(inner(first)))
                : first;
        Object[] lookups = new Object[parts.size() - 1];
        boolean[] commands = new boolean[lookups.length];
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("[") && part.endsWith("]")) {
                lookups[i - 1] = constant(Expressions.parse(inner(part)));
            } else {
                lookups[i - 1] = part;
                commands[i - 1] = part.equals("size") || part.equals("first") || part.equals("last");
            }
        }
        return new VariableLookup(name, lookups, commands);
    }

    private static String inner(String bracketed) {
        return bracketed.substring(1, bracketed.length() - 1);
    }

    /** A literal's value itself, so that evaluating it costs nothing. */
    private static Object constant(Expression e) {
        return e instanceof Literal literal ? new Const(literal.value()) : e;
    }

    /** A key known when parsing; apart from a String so that {@code ["size"]} is never a command. */
    private record Const(Object value) {
    }

    /** {@code \[(?>[^\[\]]+|\g<0>)*\]|[\w-]+\??}, found anywhere; what matches neither is skipped. */
    static List<String> scan(String markup) {
        List<String> out = new ArrayList<>();
        int n = markup.length();
        int i = 0;
        while (i < n) {
            char c = markup.charAt(i);
            if (c == '[') {
                int end = bracketEnd(markup, i);
                if (end > 0) {
                    out.add(markup.substring(i, end));
                    i = end;
                    continue;
                }
                i++;
            } else if (Lexer.isWord(c) || c == '-') {
                int j = i + 1;
                while (j < n && (Lexer.isWord(markup.charAt(j)) || markup.charAt(j) == '-')) {
                    j++;
                }
                if (j < n && markup.charAt(j) == '?') {
                    j++;
                }
                out.add(markup.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The end (exclusive) of the balanced brackets starting at {@code start}, or -1. */
    private static int bracketEnd(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    @Override
    public Object evaluate(Context context) {
        String variable = name instanceof String s ? s : Texts.toS(key(name, context));
        Object object = context.get(variable);
        if (object == null && context.options().strictVariables() && !context.has(variable)) {
            throw new LiquidException(LiquidException.Kind.UNDEFINED_VARIABLE, "undefined variable " + variable);
        }
        if (lookups.length > 0 && context.options().reads() != null && lookups[0] instanceof String first) {
            context.readPath(variable, first);
        }
        for (int i = 0; i < lookups.length; i++) {
            Object key = key(lookups[i], context);
            Object next = Values.property(object, key, commands[i]);
            if (next == null && context.options().strictVariables()) {
                throw new LiquidException(LiquidException.Kind.UNDEFINED_VARIABLE,
                        "undefined variable " + Texts.toS(key));
            }
            object = next;
            if (object == null) {
                return null;
            }
        }
        return object;
    }

    private static Object key(Object lookup, Context context) {
        if (lookup instanceof String s) {
            return s;
        }
        if (lookup instanceof Const c) {
            return c.value();
        }
        return ((Expression) lookup).evaluate(context);
    }

    /** The variable's name when it is a plain name ({@code page} of {@code page.title}), else null. */
    String rootName() {
        return name instanceof String s ? s : null;
    }
}
