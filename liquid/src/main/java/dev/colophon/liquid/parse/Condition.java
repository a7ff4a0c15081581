package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of {@code if}, {@code elsif}, {@code unless} and {@code when}: comparisons joined by
 * {@code and} and {@code or}, evaluated from the right as Ruby Liquid does ({@code a or b and c} is
 * {@code a or (b and c)}; {@code a and b or c} is {@code a and (b or c)}).
 */
public final class Condition implements java.util.function.Predicate<Context> {

    private static final Pattern SYNTAX = Pattern.compile("(" + Output.QUOTED_FRAGMENT + ")\\s*([=!<>a-z_]+)?\\s*("
            + Output.QUOTED_FRAGMENT + ")?");
    private static final Pattern EXPRESSIONS_AND_OPERATORS = Pattern.compile(
            "(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b|(?:\\s*(?!\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)(?:"
                    + Output.QUOTED_FRAGMENT + "|\\S+)\\s*)+)");

    /** One comparison, or a lone value when {@code operator} is null. */
    record Comparison(Expression left, String operator, Expression right) {
    }

    private final Comparison[] comparisons;
    /** Between comparison i and i+1: true for {@code and}, false for {@code or}. */
    private final boolean[] and;

    private Condition(List<Comparison> comparisons, List<Boolean> and) {
        this.comparisons = comparisons.toArray(new Comparison[0]);
        this.and = new boolean[and.size()];
        for (int i = 0; i < this.and.length; i++) {
            this.and[i] = and.get(i);
        }
    }

    /** A condition that is just {@code left == right}, as {@code case}/{@code when} makes. */
    static Condition equal(Expression left, Expression right) {
        return new Condition(List.of(new Comparison(left, "==", right)), List.of());
    }

    public static Condition parse(String markup, ErrorMode mode, Consumer<LiquidException> warnings) {
        if (mode == ErrorMode.LAX) {
            return lax(markup);
        }
        try {
            return strict(markup);
        } catch (LiquidException e) {
            if (mode == ErrorMode.STRICT) {
                throw e;
            }
            warnings.accept(e);
            return lax(markup);
        }
    }

    static Condition strict(String markup) {
        Markup p = new Markup(markup);
        List<Comparison> comparisons = new ArrayList<>();
        List<Boolean> and = new ArrayList<>();
        comparisons.add(comparison(p));
        while (true) {
            if (p.id("and")) {
                and.add(true);
            } else if (p.id("or")) {
                and.add(false);
            } else {
                break;
            }
            comparisons.add(comparison(p));
        }
        p.end();
        return new Condition(comparisons, and);
    }

    private static Comparison comparison(Markup p) {
        Expression left = Expressions.condition(p.expression());
        String op = p.consumeIf(Lexer.Type.COMPARISON);
        if (op == null) {
            return new Comparison(left, null, null);
        }
        return new Comparison(left, op, Expressions.condition(p.expression()));
    }

    static Condition lax(String markup) {
        List<String> parts = new ArrayList<>();
        Matcher m = EXPRESSIONS_AND_OPERATORS.matcher(markup);
        while (m.find()) {
            parts.add(m.group());
        }
        // Ruby pops from the end: the last comparison first, each operator joining it to the one before.
        List<Comparison> comparisons = new ArrayList<>();
        List<Boolean> and = new ArrayList<>();
        if (parts.isEmpty()) {
            throw LiquidException.syntax("Syntax Error in tag 'if' - Valid syntax: if [expression]");
        }
        comparisons.add(laxComparison(parts.remove(parts.size() - 1)));
        while (!parts.isEmpty()) {
            String operator = parts.remove(parts.size() - 1).strip();
            String previous = parts.isEmpty() ? "" : parts.remove(parts.size() - 1);
            Comparison comparison = laxComparison(previous);
            if (!operator.equals("and") && !operator.equals("or")) {
                throw LiquidException.syntax("Syntax Error in tag 'if' - Valid syntax: if [expression]");
            }
            // Gathered from the last and turned round once: inserting at the front was quadratic in the
            // number of conditions (200,000 'and's took five seconds to read).
            comparisons.add(comparison);
            and.add(operator.equals("and"));
        }
        Collections.reverse(comparisons);
        Collections.reverse(and);
        return new Condition(comparisons, and);
    }

    private static Comparison laxComparison(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.find()) {
            throw LiquidException.syntax("Syntax Error in tag 'if' - Valid syntax: if [expression]");
        }
        Expression left = Expressions.condition(m.group(1));
        return new Comparison(left, m.group(2), m.group(3) == null && m.group(2) == null ? null
                : Expressions.condition(m.group(3)));
    }

    /** Whether the condition holds. */
    @Override
    public boolean test(Context context) {
        Object result = null;
        for (int i = 0; i < comparisons.length; i++) {
            result = evaluate(comparisons[i], context);
            if (i < and.length) {
                boolean truth = Values.truthy(result);
                if (and[i] ? !truth : truth) {
                    break;
                }
            }
        }
        return Values.truthy(result);
    }

    private static Object evaluate(Comparison c, Context context) {
        if (c.operator() == null) {
            return c.left().evaluate(context);
        }
        Object left = c.left().evaluate(context);
        Object right = c.right() == null ? null : c.right().evaluate(context);
        switch (c.operator()) {
            case "==":
                return equal(c.left(), left, c.right(), right);
            case "!=":
            case "<>":
                return !equal(c.left(), left, c.right(), right);
            case "contains":
                return contains(left, right);
            case "<":
            case ">":
            case "<=":
            case ">=":
                return compare(c, left, right);
            default:
                throw LiquidException.argument("Unknown operator " + c.operator());
        }
    }

    private static boolean equal(Expression leftExpr, Object left, Expression rightExpr, Object right) {
        if (leftExpr instanceof MethodLiteral method) {
            return rightExpr instanceof MethodLiteral ? false : method.test(right);
        }
        if (rightExpr instanceof MethodLiteral method) {
            return method.test(left);
        }
        return Values.equal(left, right);
    }

    private static boolean contains(Object left, Object right) {
        // As Ruby Liquid: a nil or false on either side contains nothing ([false] contains false is false).
        if (!Values.truthy(left) || !Values.truthy(right)) {
            return false;
        }
        if (left instanceof CharSequence s) {
            return s.toString().contains(Texts.toS(right));
        }
        if (left instanceof Collection<?> list) {
            for (Object item : list) {
                if (Values.equal(item, right)) {
                    return true;
                }
            }
            return false;
        }
        if (left instanceof Map<?, ?> map) {
            return map.containsKey(right instanceof CharSequence s ? s.toString() : right);
        }
        return false;
    }

    private static Object compare(Comparison c, Object left, Object right) {
        if (c.left() instanceof MethodLiteral || c.right() instanceof MethodLiteral) {
            return false;
        }
        // Ruby: nil, true, arrays and hashes have no <, so the comparison is nil; a number and a string raise.
        if (!ordered(left) || !ordered(right)) {
            return null;
        }
        int order = Values.compare(left, right);
        return switch (c.operator()) {
            case "<" -> order < 0;
            case ">" -> order > 0;
            case "<=" -> order <= 0;
            default -> order >= 0;
        };
    }

    private static boolean ordered(Object value) {
        return Values.isNumber(value) || value instanceof CharSequence || value instanceof java.time.temporal.TemporalAccessor;
    }
}
