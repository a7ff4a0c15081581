package dev.colophon.liquid.parse;

import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Range;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ruby Liquid's {@code Expression.parse}: one value's markup into a literal, a range or a variable lookup. */
public final class Expressions {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern FLOAT = Pattern.compile("-?\\d[\\d.]+");
    private static final Pattern FLOAT_PREFIX = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(?>(\\S+)\\s*\\.\\.)\\s*(\\S+)\\s*\\)");

    private Expressions() {
    }

    /** Parses one value: {@code 'text'}, {@code 12}, {@code 1.5}, {@code (1..n)}, {@code nil}, {@code a.b}. */
    public static Expression parse(String markup) {
        if (markup == null) {
            return Literal.NIL;
        }
        String text = strip(markup);
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return new Literal(text.substring(1, text.length() - 1));
        }
        if (INTEGER.matcher(text).matches()) {
            // Past a long, a Bignum as Ruby's: {{ 99999999999999999999 }} writes its digits.
            return new Literal(text.length() > 18 ? Numbers.integer(Numbers.parseInteger(text, 10))
                    : (Object) Long.parseLong(text));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            Expression start = parse(range.group(1));
            Expression end = parse(range.group(2));
            if (start instanceof Literal a && end instanceof Literal b) {
                return new Literal(new Range(toI(a.value()), toI(b.value())));
            }
            return new RangeLookup(start, end);
        }
        if (FLOAT.matcher(text).matches()) {
            Matcher prefix = FLOAT_PREFIX.matcher(text);
            prefix.lookingAt();
            return new Literal(Double.parseDouble(prefix.group()));
        }
        switch (text) {
            case "", "nil", "null":
                return Literal.NIL;
            case "true":
                return new Literal(Boolean.TRUE);
            case "false":
                return new Literal(Boolean.FALSE);
            case "blank", "empty":
                return new Literal("");
            default:
                return VariableLookup.parse(text);
        }
    }

    /** As {@link #parse}, except that {@code blank} and {@code empty} test emptiness, as in conditions. */
    static Expression condition(String markup) {
        String text = markup == null ? "" : strip(markup);
        if (text.equals("blank")) {
            return MethodLiteral.BLANK;
        }
        if (text.equals("empty")) {
            return MethodLiteral.EMPTY;
        }
        return parse(markup);
    }

    /** Ruby's {@code to_i} on a range end known when parsing. */
    private static long toI(Object value) {
        return RangeLookup.toInteger(value);
    }

    /** Ruby's {@code strip}: white space and NUL. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Lexer.isSpace(s.charAt(start)) || s.charAt(start) == 0)) {
            start++;
        }
        while (end > start && (Lexer.isSpace(s.charAt(end - 1)) || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(start, end);
    }
}
