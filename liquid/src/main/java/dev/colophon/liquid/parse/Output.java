package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value and its filters, {@code page.title | escape | truncate: 20}: what {@code {{ }}}, {@code assign}
 * and {@code echo} evaluate. Parsed strictly first, laxly when that fails and the mode allows it, as Ruby
 * Liquid's Variable is.
 */
public final class Output implements Expression {

    public static final String QUOTED_STRING = "(?:\"[^\"]*\"|'[^']*')";
    /**
     * Ruby Liquid's QuotedFragment, its runs possessive: Java's regex engine recurses once per repetition of
     * a group, so a long unquoted word (a number of a million digits) overflowed the stack one character at
     * a time. The patterns using it need not give back part of a run: what follows one is white space, a
     * comma, a pipe or a quote, which a run does not contain, or something optional (for a colon after it, see
     * {@link #QUOTED_FRAGMENT_BACKTRACKING}).
     */
    public static final String QUOTED_FRAGMENT = "(?:" + QUOTED_STRING + "|(?:[^\\s,|'\"]++|" + QUOTED_STRING + ")++)";
    /** Ruby Liquid's QuotedFragment as it is, for a pattern that needs a run to give back its end. */
    public static final String QUOTED_FRAGMENT_BACKTRACKING = "(?:" + QUOTED_STRING + "|(?:[^\\s,|'\"]|"
            + QUOTED_STRING + ")+)";
    private static final Pattern MARKUP_WITH_QUOTED_FRAGMENT = Pattern.compile("(" + QUOTED_FRAGMENT + ")(.*)",
            Pattern.DOTALL);
    private static final Pattern FILTER_MARKUP = Pattern.compile("\\|\\s*(.*)", Pattern.DOTALL);
    private static final Pattern FILTER_PARSER = Pattern.compile("(?:\\s+|" + QUOTED_FRAGMENT + "|,)+");
    private static final Pattern FILTER_ARGS = Pattern.compile("(?::|,)\\s*((?:\\w+\\s*:\\s*)?(?:" + QUOTED_FRAGMENT
            + "))");
    private static final Pattern JUST_TAG_ATTRIBUTES = Pattern.compile("(\\w[\\w-]*)\\s*:\\s*(" + QUOTED_FRAGMENT
            + ")");
    private static final Pattern WORD = Pattern.compile("\\w+");

    private final Expression value;
    private final FilterCall[] filters;

    private Output(Expression value, List<FilterCall> filters) {
        this.value = value;
        this.filters = filters.toArray(new FilterCall[0]);
    }

    /** One filter as written: its name and its arguments, evaluated at each render. */
    record FilterCall(String name, Expression[] args, Map<String, Expression> options) {
    }

    /** Parses with the mode's fallback; {@code warnings} hears what lax parsing had to forgive. */
    public static Output parse(String markup, ErrorMode mode, Consumer<LiquidException> warnings) {
        try {
            return strict(markup);
        } catch (LiquidException e) {
            if (mode == ErrorMode.STRICT) {
                throw e;
            }
            if (mode == ErrorMode.WARN) {
                warnings.accept(e);
            }
            return lax(markup);
        }
    }

    static Output strict(String markup) {
        Markup p = new Markup(markup);
        List<FilterCall> filters = new ArrayList<>();
        if (p.look(Lexer.Type.END)) {
            return new Output(Literal.NIL, filters);
        }
        Expression value = Expressions.parse(p.expression());
        while (p.consumeIf(Lexer.Type.PIPE) != null) {
            String name = p.consume(Lexer.Type.ID);
            List<String> args = new ArrayList<>();
            if (p.consumeIf(Lexer.Type.COLON) != null) {
                args.add(p.argument());
                while (p.consumeIf(Lexer.Type.COMMA) != null) {
                    args.add(p.argument());
                }
            }
            filters.add(filter(name, args));
        }
        p.end();
        return new Output(value, filters);
    }

    static Output lax(String markup) {
        List<FilterCall> filters = new ArrayList<>();
        Matcher m = MARKUP_WITH_QUOTED_FRAGMENT.matcher(markup);
        if (!m.find()) {
            return new Output(Literal.NIL, filters);
        }
        Expression value = Expressions.parse(m.group(1));
        Matcher filterMarkup = FILTER_MARKUP.matcher(m.group(2));
        if (filterMarkup.find()) {
            Matcher each = FILTER_PARSER.matcher(filterMarkup.group(1));
            while (each.find()) {
                String f = each.group();
                Matcher word = WORD.matcher(f);
                if (!word.find()) {
                    continue;
                }
                List<String> args = new ArrayList<>();
                Matcher arg = FILTER_ARGS.matcher(f);
                while (arg.find()) {
                    args.add(arg.group(1));
                }
                filters.add(filter(word.group(), args));
            }
        }
        return new Output(value, filters);
    }

    private static FilterCall filter(String name, List<String> args) {
        List<Expression> positional = new ArrayList<>();
        Map<String, Expression> options = null;
        for (String arg : args) {
            Matcher keyword = JUST_TAG_ATTRIBUTES.matcher(arg);
            if (keyword.matches()) {
                if (options == null) {
                    options = new LinkedHashMap<>();
                }
                options.put(keyword.group(1), Expressions.parse(keyword.group(2)));
            } else {
                positional.add(Expressions.parse(arg));
            }
        }
        return new FilterCall(name, positional.toArray(new Expression[0]), options == null ? Map.of() : options);
    }

    @Override
    public Object evaluate(Context context) {
        Object result = value.evaluate(context);
        for (FilterCall filter : filters) {
            List<Object> args;
            if (filter.args().length == 0) {
                args = List.of();
            } else {
                args = new ArrayList<>(filter.args().length);
                for (Expression arg : filter.args()) {
                    args.add(arg.evaluate(context));
                }
            }
            Map<String, Object> options;
            if (filter.options().isEmpty()) {
                options = Map.of();
            } else {
                options = new LinkedHashMap<>();
                for (Map.Entry<String, Expression> e : filter.options().entrySet()) {
                    options.put(e.getKey(), e.getValue().evaluate(context));
                }
            }
            Object input = result;
            result = context.filter(filter.name(), input, args, options);
            if (result != input) {
                // A filter that doubles a string or a list in a loop would exhaust memory long before any output.
                context.made(result);
            }
        }
        return result;
    }

    /** The names of the filters used, for a check that they exist. */
    List<String> filterNames() {
        List<String> names = new ArrayList<>(filters.length);
        for (FilterCall f : filters) {
            names.add(f.name());
        }
        return names;
    }
}
